#pragma once

#include "publish/blogapi.h"
#include "publish/htmltomarkdown.h"
#include "publish/publishtargets.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Postwright {

struct PullOptions
{
    bool dryRun = false;    // list what would be written; write nothing
    bool overwrite = false; // replace local posts that are the same post (by remote id or slug)
};

struct PullReport
{
    int created = 0; // files written (or, in a dry run, that would be), replaced ones included
    int skipped = 0;
    QStringList files; // blog-relative paths of those files, in the order they were written
    QStringList skippedReasons;
    // A post that could not be converted or written, or a record that could not be saved; the other
    // posts were pulled all the same.
    QList<SourceError> problems;
    QStringList warnings; // worth telling the writer; nothing failed
    // The blog could not be read (network, credentials, a malformed answer): nothing was written.
    std::optional<TransportError> error;
};

// Downloads every post of a hosted blog (a BlogApi that can list) into the local blog as Markdown
// posts with front matter, named and filed like the blog's own posts, and records each one as published
// to the target (PostPublishState) so that a later publish updates it instead of creating a copy.
// A local post that already is the remote post (same remote id on record, or same slug) is left alone
// unless overwrite is set. The whole blog is listed before the first file is written, so a listing
// that fails leaves the local blog untouched.
class BlogPull
{
public:
    explicit BlogPull(HtmlToMarkdown converter = HtmlToMarkdown());

    PullReport pull(BlogApi &api, const QString &blogRoot, const PublishTarget &target,
                    const PullOptions &options = {}) const;

    // The whole text of a local post for a remote one: front matter (title, date in UTC, draft,
    // categories, tags, summary from the excerpt, slug, cover) and the body converted to Markdown.
    // Fails only when the front matter would not read back (a bug, not the blog's fault).
    static Result<QString> postText(const RemotePost &post, const HtmlToMarkdown &converter);

    // Whether the blog's status means the post is not public (draft, pending, private …).
    static bool isDraftStatus(const QString &status);

private:
    HtmlToMarkdown m_converter;
};

} // namespace Postwright
