#include "frontmatterfields.h"

namespace Postwright {

FrontMatterFields::FrontMatterFields(SiteKind conventions)
    : m_kind(conventions)
{}

const QStringList &FrontMatterFields::keyOrder()
{
    static const QStringList order{
        QStringLiteral("layout"),      QStringLiteral("title"),     QStringLiteral("date"),
        QStringLiteral("publishDate"), QStringLiteral("lastmod"),   QStringLiteral("updated"),
        QStringLiteral("draft"),       QStringLiteral("published"), QStringLiteral("categories"),
        QStringLiteral("category"),    QStringLiteral("tags"),      QStringLiteral("summary"),
        QStringLiteral("description"), QStringLiteral("slug"),      QStringLiteral("cover"),
        QStringLiteral("aliases")};
    return order;
}

FrontMatterFields::Target FrontMatterFields::target(const QString &key)
{
    using T = Type;
    const auto text = [](QString &out) {
        return Target{T::Text, &out};
    };
    const auto date = [](QDateTime &out) {
        return Target{T::Date, nullptr, &out};
    };
    const auto flag = [](bool &out) {
        return Target{T::Bool, nullptr, nullptr, &out};
    };
    const auto list = [](QStringList &out, bool words = false) {
        return Target{T::List, nullptr, nullptr, nullptr, &out, words};
    };

    // Hugo reads front matter keys without regard to case (publishDate, publishdate).
    const QString name = m_kind == SiteKind::Hugo ? key.toLower() : key;
    const bool jekyll = m_kind == SiteKind::Jekyll;
    if (name == u"title")
        return text(m_meta.title);
    if (name == u"date")
        return date(m_meta.date);
    if (name == u"updated")
        return date(m_meta.updated);
    // Jekyll publishes a post that says `draft: true`: only _drafts/ and `published: false` hold it back.
    if (name == u"draft" && !jekyll)
        return flag(m_meta.draft);
    if (name == u"categories")
        return list(m_meta.categories, jekyll);
    if (name == u"category")
        return list(m_category);
    if (name == u"tags")
        return list(m_meta.tags, jekyll);
    if (name == u"summary")
        return text(m_meta.summary);
    if (name == u"description")
        return text(m_description);
    if (name == u"slug")
        return text(m_meta.slug);
    if (name == u"aliases")
        return list(m_meta.aliases);
    if (m_kind == SiteKind::Native) {
        if (name == u"cover")
            return text(m_meta.cover);
        return {};
    }

    // Hugo and Jekyll themes spell a cover several ways; PaperMod's is a table (cover.image).
    if (name == u"cover")
        return Target{T::Image, &m_meta.cover};
    if (m_kind == SiteKind::Hugo) {
        if (name == u"publishdate")
            return date(m_meta.publishDate);
        if (name == u"lastmod")
            return date(m_lastmod);
        if (name == u"images")
            return Target{T::ImageList, nullptr, nullptr, nullptr, &m_images};
        return {};
    }
    if (name == u"last_modified_at")
        return date(m_lastmod);
    if (name == u"excerpt")
        return text(m_excerpt);
    if (name == u"image")
        return Target{T::Image, &m_image};
    if (name == u"redirect_from")
        return list(m_redirectFrom);
    if (name == u"published")
        return flag(m_published);
    return {};
}

PostMetadata FrontMatterFields::finish()
{
    PostMetadata meta = std::move(m_meta);
    if (meta.summary.isEmpty())
        meta.summary = m_description;
    if (meta.summary.isEmpty())
        meta.summary = m_excerpt;
    if (meta.categories.isEmpty())
        meta.categories = m_category;
    if (meta.cover.isEmpty())
        meta.cover = m_image;
    if (meta.cover.isEmpty() && !m_images.isEmpty())
        meta.cover = m_images.constFirst();
    meta.aliases += m_redirectFrom;
    if (!meta.updated.isValid())
        meta.updated = m_lastmod;
    if (!m_published)
        meta.draft = true;
    // Hugo's own default for a page's date: date, else publishDate, else lastmod.
    if (m_kind == SiteKind::Hugo && !meta.date.isValid())
        meta.date = meta.publishDate.isValid() ? meta.publishDate : m_lastmod;
    return meta;
}

} // namespace Postwright
