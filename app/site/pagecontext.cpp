#include "pagecontext.h"

#include "markdown/markdownrenderer.h"
#include "site/htmlsummary.h"
#include "site/permalink.h"
#include "site/themelabels.h"

namespace Postwright {

namespace {

QString str(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QString isoDate(const QDateTime &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

PageContext::PageContext(const BlogSettings &settings, const SiteContent &site, QString stylesheetUrl,
                         QString highlightJsUrl)
    : m_settings(settings)
    , m_site(site)
    , m_locale(settings.language)
{
    MarkdownRenderer::Options plain;
    plain.sourcePositions = false;
    m_descriptionHtml = MarkdownRenderer::toHtml(settings.description, plain).trimmed();
    m_descriptionText = HtmlSummary::plainText(m_descriptionHtml);

    QVariantList categories;
    for (const SiteTaxonomy &category : site.categories) {
        categories.append(QVariantMap{{str("name"), category.name}, {str("url"), category.url}});
    }
    QVariantList pages;
    for (const SitePost &page : site.pages)
        pages.append(QVariantMap{{str("title"), page.title}, {str("url"), page.url}});

    QString baseUrl = settings.baseUrl;
    if (!baseUrl.isEmpty() && !baseUrl.endsWith(u'/'))
        baseUrl += u'/';
    m_siteObject = {
        {str("title"), settings.title},
        {str("author"), settings.author},
        {str("language"), settings.language},
        {str("description_html"), m_descriptionHtml},
        {str("base_url"), baseUrl},
        // The newest post's year, not the clock's: the same content builds the same bytes.
        {str("year"), site.posts.isEmpty() || !site.posts.first().metadata.date.isValid()
                          ? QString()
                          : QString::number(site.posts.first().metadata.date.date().year())},
        {str("feeds"), QVariantMap{{str("rss"), absolute(str("/index.xml"))},
                                   {str("atom"), absolute(str("/atom.xml"))},
                                   {str("json"), absolute(str("/feed.json"))}}},
        {str("categories"), categories},
        {str("pages"), pages},
    };
    // The theme's words and dates in the blog's language, whatever the UI's.
    m_labels = ThemeLabels::labels(settings.language);
    m_dateFormat = ThemeLabels::dateFormat(settings.language);

    // Everything every page shows: part of every output's key (the labels too: a new translation
    // rebuilds the pages).
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        m_siteKey += it.value().toString() + u'\n';
    for (const SiteTaxonomy &category : site.categories)
        m_siteKey += category.name + u'\n' + category.url + u'\n';
    for (const SitePost &page : site.pages)
        m_siteKey += page.title + u'\n' + page.url + u'\n';
    m_siteKey += m_siteObject.value(str("year")).toString();
    m_assets = {{str("stylesheet"), stylesheetUrl}};
    if (!highlightJsUrl.isEmpty()) {
        m_assets.insert(str("highlight_js"), highlightJsUrl);
        m_assets.insert(str("highlight_init"), str("/assets/highlight-init.js"));
    }
}

QString PageContext::absolute(const QString &sitePath) const
{
    return Permalink::absoluteUrl(m_settings.baseUrl, sitePath);
}

QString PageContext::displayDate(const QDateTime &date) const
{
    // The date as the writer wrote it (its own offset), not converted to the build machine's zone.
    return date.isValid() ? m_locale.toString(date.date(), m_dateFormat) : QString();
}

QVariantMap PageContext::base(const PageInfo &info) const
{
    QVariantMap page{
        {str("title"), info.title.isEmpty() ? m_settings.title : QString(info.title + u" \u00B7 " + m_settings.title)},
        {str("description"), info.description.isEmpty() ? m_descriptionText : info.description},
        {str("canonical"), absolute(info.path)},
        {str("path"), info.path},
        {str("og_type"), info.kind == u"post" ? str("article") : str("website")},
        {str("is_home"), info.kind == u"home"},
        {str("is_post"), info.kind == u"post"},
        {str("is_list"), info.kind == u"list" || info.kind == u"home"},
        {str("is_page"), info.kind == u"page"},
        {str("is_404"), info.kind == u"404"},
    };
    if (!info.image.isEmpty())
        page.insert(str("image"), info.image.contains(u"://") ? info.image : absolute(info.image));
    if (!info.feedBase.isEmpty()) {
        page.insert(str("feed_rss"), absolute(info.feedBase + u"index.xml"));
        page.insert(str("feed_atom"), absolute(info.feedBase + u"atom.xml"));
        page.insert(str("feed_json"), absolute(info.feedBase + u"feed.json"));
    }
    QVariantMap site = m_siteObject;
    if (info.path.startsWith(u"/categories/")) {
        // The navigation marks the category whose list this is (aria-current), pagination included.
        QVariantList categories = site.value(str("categories")).toList();
        for (QVariant &category : categories) {
            QVariantMap object = category.toMap();
            if (info.path.startsWith(object.value(str("url")).toString())) {
                object.insert(str("current"), true);
                category = object;
            }
        }
        site.insert(str("categories"), categories);
    }
    return {{str("site"), site}, {str("page"), page}, {str("labels"), m_labels}, {str("assets"), m_assets}};
}

void PageContext::setFavicon(const QString &sitePath)
{
    m_siteObject.insert(str("favicon"), sitePath);
    m_siteKey += u'\n' + sitePath;
}

void PageContext::setKatex(const QString &folderPath)
{
    m_mathAssets = {{str("katex_css"), QString(folderPath + u"katex.min.css")},
                    {str("katex_js"), QString(folderPath + u"katex.min.js")},
                    {str("katex_init"), str("/assets/katex-init.js")}};
}

void PageContext::addMath(QVariantMap &context) const
{
    QVariantMap page = context.value(str("page")).toMap();
    page.insert(str("has_math"), true);
    context.insert(str("page"), page);
    if (m_mathAssets.isEmpty())
        return;
    QVariantMap assets = context.value(str("assets")).toMap();
    assets.insert(m_mathAssets);
    context.insert(str("assets"), assets);
}

QVariantList PageContext::links(const QStringList &names, const QString &base) const
{
    QVariantList list;
    for (const QString &name : names) {
        const QString slug = m_site.slugs.value(name, Permalink::slugify(name));
        if (!slug.isEmpty())
            list.append(QVariantMap{{str("name"), name}, {str("url"), QString(base + slug + u'/')}});
    }
    return list;
}

QVariantMap PageContext::postObject(const SitePost &post, const QString &contentHtml, const QString &tocHtml,
                                    const SitePost *older, const SitePost *newer) const
{
    const PostMetadata &meta = post.metadata;
    const BuildCache::Source *source = post.source;
    QVariantMap object{
        {str("title"), post.title},
        {str("url"), post.url},
        {str("summary"), source ? source->summaryText : QString()},
        {str("date_iso"), isoDate(meta.date)},
        {str("date_display"), displayDate(meta.date)},
        {str("reading_minutes"), HtmlSummary::readingMinutes(source ? source->wordCount : 0)},
        {str("word_count"), source ? source->wordCount : 0},
        {str("categories"), links(meta.categories, str("/categories/"))},
        {str("tags"), links(meta.tags, str("/tags/"))},
        {str("content_html"), contentHtml},
        {str("is_draft"), post.isDraft},
        {str("is_scheduled"), post.isScheduled},
    };
    if (meta.updated.isValid() && meta.updated != meta.date) {
        object.insert(str("updated_iso"), isoDate(meta.updated));
        object.insert(str("updated_display"), displayDate(meta.updated));
    }
    if (!tocHtml.isEmpty())
        object.insert(str("toc_html"), tocHtml);
    if (!meta.cover.isEmpty()) {
        object.insert(str("cover"), coverPath(post));
        object.insert(str("cover_alt"), post.title);
    }
    if (older)
        object.insert(str("prev"), QVariantMap{{str("title"), older->title}, {str("url"), older->url}});
    if (newer)
        object.insert(str("next"), QVariantMap{{str("title"), newer->title}, {str("url"), newer->url}});
    return object;
}

QString PageContext::coverPath(const SitePost &post)
{
    const QString &cover = post.metadata.cover;
    if (cover.isEmpty() || cover.startsWith(u'/') || cover.contains(u"://"))
        return cover;
    return post.url + cover; // beside the post, as in a bundle
}

QVariantMap PageContext::listItem(const SitePost &post) const
{
    const BuildCache::Source *source = post.source;
    return {
        {str("title"), post.title},
        {str("url"), post.url},
        {str("date_iso"), isoDate(post.metadata.date)},
        {str("date_display"), displayDate(post.metadata.date)},
        {str("summary_html"), source ? source->summaryHtml : QString()},
        {str("reading_minutes"), HtmlSummary::readingMinutes(source ? source->wordCount : 0)},
        {str("categories"), links(post.metadata.categories, str("/categories/"))},
        {str("is_draft"), post.isDraft},
        {str("is_scheduled"), post.isScheduled},
    };
}

} // namespace Postwright
