#pragma once

#include "blog/blogsettings.h"
#include "site/sitecontent.h"

#include <QLocale>
#include <QVariantMap>

namespace Postwright {

// Builds the objects templates see (resources/themes/default/README.md is the contract): `site`,
// `page`, `labels`, `assets` for every page, and `post`, `list`, `archive`, `content` for the
// page kinds. Pure functions of the site content, so outputs depend only on their inputs.
class PageContext
{
public:
    PageContext(const BlogSettings &settings, const SiteContent &site, QString stylesheetUrl, QString highlightJsUrl);

    struct PageInfo
    {
        QString title;       // for <title>; empty: the site title alone
        QString description; // plain text; empty: the site's description
        QString path;        // site path
        QString kind;        // home, post, list, page, 404
        QString image;       // site path or absolute URL of a cover image
        QString feedBase;    // a category's site path, for its own feeds
    };

    // The site's icon (from static/), shown by every page.
    void setFavicon(const QString &sitePath);
    // The site folder holding KaTeX (katex.min.js, katex.min.css, fonts/), when the site has it.
    void setKatex(const QString &folderPath);
    // For a page whose body has math: `page.has_math`, and KaTeX in `assets` when the site has it.
    void addMath(QVariantMap &context) const;

    // The context shared by every page, with `page` filled from info.
    QVariantMap base(const PageInfo &info) const;

    QVariantMap postObject(const SitePost &post, const QString &contentHtml, const QString &tocHtml,
                           const SitePost *older, const SitePost *newer) const;
    QVariantMap listItem(const SitePost &post) const;
    QVariantList links(const QStringList &names, const QString &base) const; // [{name, url}]

    // The cover's site path: relative covers sit beside the post (bundles).
    static QString coverPath(const SitePost &post);
    QString absolute(const QString &sitePath) const;
    QString displayDate(const QDateTime &date) const;
    const QLocale &locale() const { return m_locale; }
    QString label(const char *name) const { return m_labels.value(QString::fromLatin1(name)).toString(); }
    QString siteDescriptionHtml() const { return m_descriptionHtml; }
    // What every page shows of the site (navigation, copyright year), for output keys.
    const QString &siteKey() const { return m_siteKey; }

private:
    const BlogSettings &m_settings;
    const SiteContent &m_site;
    QLocale m_locale;
    QString m_dateFormat; // the blog's language's, see ThemeLabels::dateFormat()
    QString m_descriptionHtml;
    QString m_descriptionText;
    QVariantMap m_siteObject;
    QVariantMap m_labels;
    QVariantMap m_assets;
    QVariantMap m_mathAssets; // added to `assets` on pages with math
    QString m_siteKey;
};

} // namespace Postwright
