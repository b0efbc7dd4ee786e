#pragma once

#include "blog/blogcreator.h"
#include "publish/htmltomarkdown.h"
#include "publish/wxrreader.h"
#include "util/sourceerror.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Postwright {

struct WxrImportOptions
{
    bool dryRun = false; // list what would be written; write nothing
};

struct WxrImportReport
{
    bool createdBlog = false; // blog.yaml was made from the export's channel (or would be)
    int created = 0;          // posts and pages written (or, in a dry run, that would be)
    int images = 0;           // uploaded files copied into the blog
    int skipped = 0;          // posts and pages not written
    QStringList files;        // blog-relative paths of every file written, in order
    QStringList skippedReasons;
    QList<SourceError> problems; // a post that could not be written; the others were imported all the same
    QStringList warnings;        // worth telling the writer (a missing image); nothing failed
    std::optional<SourceError> error; // nothing was written: unreadable export, folder not a blog
};

// Imports a WordPress export (WXR) into a native blog: posts under posts/ filed like the blog's own
// posts (PostLayout), pages under pages/, each written like a pulled post (BlogPull::postText: front
// matter with title, UTC date, draft, categories, tags, summary, slug, cover; the body through
// HtmlToMarkdown, sanitised). A missing or empty folder becomes a new blog from the channel.
//
// Uploaded images the content links to are copied when the export's folder holds them (uploads/ or
// wp-content/uploads/ mirroring the site's, or beside the .xml): a post with images becomes a bundle
// (NAME/index.md with them beside it) so they move, duplicate and trash with it, and its links become
// relative; a page's go to static/wp-content/uploads/, where the site builder publishes them at their old
// address, since pages have no bundles. Paths from the export are untrusted: only files inside the
// export's folder are read, and only files inside the blog are written, none overwritten.
// A post or page whose slug the blog already has is skipped, so importing again adds only what is new.
class WxrImport
{
public:
    explicit WxrImport(HtmlToMarkdown converter = HtmlToMarkdown());

    // exportDir: where the export's uploaded files are looked for.
    WxrImportReport import(const WxrExport &wxr, const QString &exportDir, const QString &blogRoot,
                           const WxrImportOptions &options = {}) const;
    // Reads the export (errors: report.error, with line and column) and imports it, looking for its
    // files in the folder it is in.
    WxrImportReport importFile(const QString &exportPath, const QString &blogRoot,
                               const WxrImportOptions &options = {}) const;

    // blog.yaml of a blog made from the export: its title, description, first author, address, language.
    static NewBlogSettings blogSettings(const WxrExport &wxr);

private:
    HtmlToMarkdown m_converter;
};

} // namespace Postwright
