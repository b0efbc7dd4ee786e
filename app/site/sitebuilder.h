#pragma once

#include "blog/blog.h"
#include "site/buildcache.h"
#include "site/buildoptions.h"
#include "site/outputwriter.h"
#include "site/pagecontext.h"
#include "site/sitecontent.h"
#include "site/templateengine.h"
#include "site/theme.h"

#include <QMutex>

#include <atomic>
#include <functional>
#include <memory>

namespace Postwright {

// Builds a blog into a static site (ARCHITECTURE.md, flow 2): the posts' pages on all cores, then
// home, category, tag and year lists with pagination, the archive, pages, feeds, sitemap, 404,
// alias redirects, and the static, bundle and theme files. Incremental: every output has a key
// made from exactly the inputs it shows (OutputWriter), so after an edit only the outputs whose
// inputs changed are rendered, and only those whose bytes changed are written.
// One builder builds once; run it on a worker thread in the GUI. A BuildSession keeps the cache
// in memory between builds for callers that build again and again (the GUI, `build --watch`).
class SiteBuilder
{
public:
    using ProgressFunction = std::function<void(int done, int total)>;

    // cache: the caller's, kept between builds (not loaded from nor saved to .postwright/);
    // null: the builder loads the blog's cache and saves it when done.
    SiteBuilder(Blog blog, BuildOptions options, BuildCache *cache = nullptr);
    ~SiteBuilder();

    void setProgressFunction(ProgressFunction progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // The cache's outputs are exactly what is on disk (BuildSession): do not check each file.
    void setTrustOutputs(bool trust) { m_trustOutputs = trust; }
    // What changed since the last build, from a watcher (BuildSession): check only that.
    void setSourceHints(const SourceHints *hints) { m_hints = hints; }

    BuildReport build();
    QString outputPath() const { return m_outputRoot; }
    const SiteContent &content() const { return m_site; } // after build()

private:
    struct Body
    {
        QString html;
        QString toc;
    };

    bool prepare();
    void publishBundle(const SitePost &post);
    void buildPosts();
    void buildPost(int index);
    void buildPages();
    // One page of a list (home, a category, tag or year), built on any thread.
    struct ListPage
    {
        QString kind;
        QString title;
        QString base;
        const QList<int> *posts;
        QString feedBase;
        int page;
        int pageCount;
    };
    void buildLists();
    void buildListPage(const ListPage &list);
    void buildArchive();
    void buildFeeds();
    void buildFeed(const QString &title, const QString &pageBase, const QList<int> &posts);
    void buildExtras();
    void copyFiles();
    void finish();

    Body renderBody(const SitePost &post, BuildCache::Source *learn);
    void render(const QString &templateName, const QString &outputFile, const QVariantMap &context,
                const QByteArray &key, const QString &source);
    void writeOutput(const QString &outputFile, const QByteArray &bytes, const QByteArray &key);
    void addError(const SourceError &error);
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void step();

    Blog m_blog;
    BuildOptions m_options;
    QString m_outputRoot;
    BuildReport m_report;
    BuildCache m_ownCache;
    BuildCache *m_cache = &m_ownCache;
    bool m_sessionCache = false;
    bool m_trustOutputs = false;
    const SourceHints *m_hints = nullptr;
    SiteContent m_site;
    std::optional<Theme> m_theme;
    std::shared_ptr<const TemplateEngine> m_engine;
    std::unique_ptr<OutputWriter> m_writer;
    std::unique_ptr<PageContext> m_context;
    QByteArray m_baseKey;
    bool m_katex = false;          // math is on and KaTeX is there: copied, and loaded by pages with math
    QSet<QString> m_staticFiles;   // outputs that static/ provides itself
    QMutex m_mutex;                // guards m_report and the body cache
    QHash<QString, Body> m_bodies; // rendered bodies kept for the feeds, by source path
    QSet<QString> m_feedSources;
    QList<QByteArray> m_itemKeys; // per post: the hash of what list pages show of it
    QList<int> m_allPosts;        // 0..n-1: the home page's list
    ProgressFunction m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    std::atomic_int m_done = 0;
    int m_total = 0;
};

} // namespace Postwright
