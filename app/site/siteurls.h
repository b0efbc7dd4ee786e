#pragma once

#include "blog/blogsettings.h"
#include "blog/post.h"
#include "blog/sitelayout.h"

#include <QString>

namespace Postwright {

// Where a post or page is published: the address Hugo or Jekyll would give it, so that the
// built-in build of such a site (when its generator is not installed) keeps the site's links.
// Hugo: [permalinks] per section with Hugo's tokens, else the file's path in contentDir (its
// slug replacing the file name), uglyURLs, and `url` in front matter. Jekyll: the permalink style
// or pattern with Jekyll's tokens (":categories" lower-cased, one folder each, dropped when
// there is none), `permalink` in front matter, and its rules for pages (/docs/guide.html,
// /docs/guide/ when pretty). A Postwright blog: its permalink pattern (Permalink::expand) and
// /slug/ for pages.
class SiteUrls
{
public:
    struct Source
    {
        QString relativePath; // to the blog root, '/' separators
        Post::Kind kind = Post::Kind::Post;
        PostMetadata metadata;
        QString title;     // the display title
        QString slug;      // Postwright's slug for the post (native blogs)
        QString permalink; // the front matter's own address (overrideKey()), empty when none
    };
    struct Address
    {
        QString url;        // site path, not percent-encoded: "/2024/01/02/hello.html", "/about/"
        QString outputFile; // relative to the output folder: "2024/01/02/hello.html", "about/index.html"
    };

    SiteUrls(SiteLayout layout, BlogSettings settings);

    Address address(const Source &source) const;
    // The output file of an address address() gave: Jekyll's /2024/hello is 2024/hello.html.
    QString outputFile(const QString &url) const;
    // Everything address() depends on besides the source: a cached address made with another
    // key is stale.
    QString settingsKey() const;
    // The front matter key whose value replaces the pattern: "url" (Hugo), "permalink" (Jekyll);
    // empty for Postwright's own blogs.
    QString overrideKey() const;

    // Hugo's urlize: lower case, spaces to '-', letters (accents kept), digits and ._~#+-/ kept,
    // other characters dropped. "Hello World, Again!" -> "hello-world-again".
    static QString hugoUrlize(const QString &text);
    // Jekyll's Utils.slugify: runs of characters other than letters, marks and digits (and, when
    // pretty, ._~!$&'()+,;=@) become '-', trimmed; lower case unless cased.
    static QString jekyllSlugify(const QString &text, bool pretty, bool cased);

private:
    Address hugo(const Source &source) const;
    Address jekyll(const Source &source) const;

    SiteLayout m_layout;
    BlogSettings m_settings;
};

} // namespace Postwright
