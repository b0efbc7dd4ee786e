#pragma once

#include "publish/blogapi.h"
#include "publish/deployer.h"
#include "publish/postpublishstate.h"
#include "publish/publishtargets.h"

#include <QHash>
#include <QMutex>

#include <atomic>
#include <functional>
#include <memory>

namespace Postwright {

class Blog;

// A web copy that changed since Postwright last published the post, met by plan() or run().
struct BlogConflict
{
    QString path;       // the post, relative to the blog root
    QString title;      // the local title
    QString localHtml;  // what Postwright would send
    RemotePost remote;  // what the blog holds now (html included)
    QString localText;  // the post's Markdown body, as in the file
    QString remoteText; // the blog's HTML converted to Markdown (HtmlToMarkdown); empty when it has none
};

// Publishes a blog's posts to a hosted blog through its API (WordPress REST, MetaWeblog XML-RPC,
// Ghost Admin, Micropub), post by post, as a Deployer: plan() lists the posts that are new or changed
// since their last publish (actions with the post's relative path, phase Pages), run() sends them.
//
// The rules that keep the blog free of duplicates and web edits:
// - A post's remote id is journaled (PostPublishState) the moment the blog answers a create, before
//   anything else happens; before a create the post is journaled as pending.
// - A create that ends without an answer, or a pending post from a run that was cut off, is looked up
//   (BlogApi::findCreated()) before it is ever created again. An API that cannot look posts up
//   (Micropub) leaves the post pending and says so instead of risking a second copy.
// - An update first reads the post; when its version is not the one recorded at the last publish, the
//   post is not touched: it becomes a BlogConflict the writer resolves (setResolution()).
class BlogPublisher : public Deployer
{
    Q_OBJECT

public:
    // stop() tells the API to end retry pauses early (a cancel).
    using ApiFactory = std::function<std::unique_ptr<BlogApi>(std::function<bool()> stop)>;

    enum class Resolution {
        Ask,          // the default: a conflict is reported, the post left alone
        KeepMine,     // publish over the web copy
        KeepWeb,      // replace the local post with the web copy (converted like a pull) and record it
        PublishAsNew, // a pending post the API cannot look up: create it again anyway
    };

    // makeApi is called on the thread that plans or runs; options: maxTries, firstRetryDelay, dryRun.
    BlogPublisher(QString blogRoot, PublishTarget target, ApiFactory makeApi, DeployOptions options,
                  QObject *parent = nullptr);
    ~BlogPublisher() override;

    Result<DeployPlan> plan() override;
    DeployReport run(const DeployPlan &plan) override;
    void cancel() override { m_cancelled = true; }
    void setDeleteRemoved(bool) override {} // posts are never removed from a blog

    // The conflicts the last plan() or run() found, by post path.
    QList<BlogConflict> conflicts() const;
    // What run() does with a conflicting (or unresolvable pending) post; Ask until set.
    void setResolution(const QString &path, Resolution resolution);

    // The hash plan() compares with PostRemoteRecord::hash for a post (relative path), from its file
    // as it is now: a pull records it so that a pulled post does not count as changed.
    static Result<QString> currentHash(const QString &blogRoot, const QString &relativePath);

    // Posts plan() left out because they cannot be read (front matter errors, unreadable files).
    const QList<SourceError> &skipped() const { return m_skipped; }

    // Writes the web version over a local post for Resolution::KeepWeb; returns a problem in words.
    using KeepWebWriter =
        std::function<std::optional<QString>(const QString &filePath, const RemotePost &remote)>;
    void setKeepWebWriter(KeepWebWriter writer) { m_keepWeb = std::move(writer); }
    // The default writer: the blog's title and body (converted to Markdown) into the file, the rest of its
    // front matter kept.
    static std::optional<QString> writeWebVersion(const QString &filePath, const RemotePost &remote);

private:
    struct Prepared;
    static Result<Prepared> prepareWith(const Blog &blog, const PublishTarget &target,
                                        const QString &relativePath);
    std::optional<TransportError> publishOne(BlogApi &api, const Blog &blog, PostPublishState &state,
                                             const QString &path, DeployReport &report);
    std::optional<TransportError> keepWeb(PostPublishState &state, const QString &path,
                                          const RemotePost &remote, DeployReport &report);
    BlogConflict makeConflict(const QString &path, const QString &title, const QString &localHtml,
                              const RemotePost &remote) const;
    std::optional<TransportError> withRetries(const std::function<std::optional<TransportError>()> &call);

    QString m_blogRoot;
    PublishTarget m_target;
    ApiFactory m_makeApi;
    DeployOptions m_options;
    std::atomic_bool m_cancelled = false;
    mutable QMutex m_mutex; // guards m_conflicts and m_resolutions, read by the window while running
    QHash<QString, BlogConflict> m_conflicts;
    QHash<QString, Resolution> m_resolutions;
    QList<SourceError> m_skipped;
    KeepWebWriter m_keepWeb;
};

} // namespace Postwright
