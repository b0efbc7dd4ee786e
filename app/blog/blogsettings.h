#pragma once

#include "blog/sitelayout.h"
#include "util/result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace Postwright {

// The site settings from blog.yaml, or from a Hugo or Jekyll site's own config. Never holds
// secrets. Unknown keys are ignored here and kept in the file.
struct BlogSettings
{
    QString title;
    QString description; // the home page introduction (Markdown)
    QString author;
    QString baseUrl;
    QString language = QStringLiteral("en");
    QString theme = QStringLiteral("default");
    QString permalink = QStringLiteral("/posts/:slug/");
    // markdown: { math, raw_html } (a top-level `math:` too, as Hugo users write it).
    bool math = false;    // $…$ and $$…$$ are TeX math, typeset with KaTeX
    bool rawHtml = false; // HTML written in posts is published as written (sanitised in the preview)

    // How a Hugo or Jekyll site's own generator places posts, pages and files, so that the built-in
    // build gives them the same addresses (SiteUrls) and the site's links keep working.
    // Hugo: [permalinks] (or 0.115's [permalinks.page]) by section, in Hugo's tokens; a section
    // without one gets Hugo's default, its path in content/.
    QMap<QString, QString> sectionPermalinks;
    bool uglyUrls = false; // Hugo: /posts/a.html rather than /posts/a/
    // Jekyll: the permalink setting as written ("date" when unset), in Jekyll's tokens.
    QString jekyllPermalink = QStringLiteral("date");
    // Jekyll: what its reader leaves out (exclude: plus Jekyll's own defaults) and brings back
    // (include:, .htaccess by default), as written: globs or path prefixes.
    QStringList exclude;
    QStringList include;

    static Result<BlogSettings> parse(const QString &yaml, const QString &fileName = {});
    // A Hugo config (TOML, YAML or JSON; format: "toml", "yaml" or "json", as its file name ends):
    // title, baseURL, languageCode, params.description, params.author, permalinks, uglyURLs; keys
    // in any case, as Hugo reads them.
    static Result<BlogSettings> parseHugo(const QString &text, const QString &format,
                                          const QString &fileName = {});
    // A Jekyll _config.yml: title, url + baseurl, description, author, lang, permalink (its
    // styles and :tokens in Postwright's words), exclude, include.
    static Result<BlogSettings> parseJekyll(const QString &yaml, const QString &fileName = {});
    // Reads the layout's config (blog.yaml, _config.yml; for Hugo every file of
    // SiteConfig::hugoFiles, config/_default/ included). Errors name the file by its absolute path.
    static Result<BlogSettings> load(const SiteLayout &layout);

    // Jekyll's permalink setting as a Postwright pattern: "pretty", "date" (Jekyll's default for
    // an empty one) or "/:categories/:title.html" -> "/:categories/:slug.html".
    static QString fromJekyllPermalink(const QString &permalink);
};

} // namespace Postwright
