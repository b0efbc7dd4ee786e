#pragma once

#include "blog/blog.h"
#include "site/siteurls.h"
#include "util/sourceerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Postwright {

// Finds the links and images of a blog's posts and pages that lead nowhere, without building it:
// relative links against the files beside the post (and its bundle), site paths ("/2026/x/",
// "/images/a.png") against the addresses the build gives (SiteUrls, through SiteContent), the
// static files and the bundles' files. External links are never fetched. For a Hugo or Jekyll
// site, whose theme and generator make pages Postwright does not know, only what certainly is a
// file (a .md link, an image, a file with an extension) is reported, so it gives no false alarms.
class LinkCheck
{
    Q_DECLARE_TR_FUNCTIONS(Postwright::LinkCheck)

public:
    // A link or image of a post's Markdown (inline, reference or raw HTML src/href).
    struct Link
    {
        QString destination; // as written (cmark's unescaped URL)
        int line = 0;        // 1-based, in the whole file (front matter counted); 0 when unknown
        int column = 0;      // 1-based, of the destination; 0 when unknown
        bool image = false;

        bool operator==(const Link &other) const = default;
    };

    struct Report
    {
        int sources = 0;           // posts and pages read
        int links = 0;             // internal links and images checked (external ones are not)
        QList<SourceError> broken; // file relative to the blog root, line and column of the link
    };

    explicit LinkCheck(const Blog &blog);

    // Every post and page (drafts and future posts included, so a link to one is not broken),
    // sorted by file and line.
    Report run() const;
    // One source: relativePath to the blog root, its whole text. links counts what was checked.
    QList<SourceError> checkSource(const QString &relativePath, const QString &text,
                                   int *links = nullptr) const;

    // The links and images of a post's text, in document order.
    static QList<Link> links(const QString &postText);

private:
    enum class Verdict { Fine, Broken, Skipped };
    Verdict checkLink(const QString &relativePath, const Link &link, QString *message) const;
    bool isKnownPath(const QString &sitePath) const;
    bool isGenerated(const QString &outputFile) const;

    Blog m_blog;
    SiteUrls m_urls;
    QString m_basePath;                // the path of the base URL: "/" or "/blog/"
    QHash<QString, QString> m_pageUrl; // source path relative to the root -> its site path
    QSet<QString> m_outputs;           // output files the build writes from the blog's files
    QStringList m_listBases;           // output folders of the native builder's list pages
    QStringList m_sources;             // absolute paths of every post and page
};

} // namespace Postwright
