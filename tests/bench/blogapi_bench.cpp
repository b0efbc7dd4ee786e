// Blog API publishing benchmark (not a test): publishes a generated blog's posts to hosted blogs
// through PublishSession and BlogPublisher, the way the CLI and the window do: first every post
// (creates), then one edited post at a time (the per-post state sends only that post), and, as the
// reference, what a tool without per-post state does on an edit: update every post. The reference
// is measured in the same run, by blanking the hashes in the publish state so that every post counts
// as changed. Blogs on 127.0.0.1: the Ghost Admin API stand-in (tests/support/ghostmockserver) and
// a real WordPress (tests/support/wordpressfixture) behind a counting proxy (faultproxy).
//
//   build/tests/bench/blogapi_bench [--posts 300] [--edits 5] [--targets ghost,wordpress] [--keep]
//
// Exits non-zero when a publish fails or the blog does not hold exactly the published posts
// (a duplicate). See tests/bench/README.md.

#include "faultproxy.h"
#include "ghostmockserver.h"
#include "publish/blogpublisher.h"
#include "publish/postpublishstate.h"
#include "publish/publishsession.h"
#include "wordpressfixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Postwright;
using namespace Qt::StringLiterals;

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "blogapi_bench: %s\n", qPrintable(message));
    std::exit(1);
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2) : u"?"_s;
}

QString human(double bytes)
{
    if (bytes >= 1024 * 1024)
        return QString::number(bytes / 1024 / 1024, 'f', 1) + u" MiB"_s;
    return QString::number(bytes / 1024, 'f', 1) + u" KiB"_s;
}

// One publish, as measured.
struct Publish
{
    double ms = 0;     // the whole session: build (scan), checkConnection, plan, run
    double planMs = 0; // plan() alone: renders and hashes every post, lists the blog
    int requests = 0;  // HTTP requests the blog (or the proxy in front of it) received
    qint64 bytes = 0;  // post HTML and image bytes sent (DeployReport::bytesUploaded)
    int created = 0;   // the plan's New actions
    int changed = 0;   // the plan's Changed actions
    int uploaded = 0;  // posts sent
};

struct Target
{
    QString name; // also the target's type
    QString secret;
    std::function<int()> requests;      // received so far
    std::function<int()> remotePosts;   // on the blog now, -1 when it cannot be counted
    std::function<QString()> breakdown; // requests by kind since the last mark(), for the log
    std::function<void()> mark = [] {
    };
    QString skipped; // why this target has no row
    // Measured:
    Publish first;
    QList<Publish> edits;
    Publish reference;
};

PublishTarget targetNamed(const QString &blog, const QString &name)
{
    const Result<PublishTargets> targets = PublishSession::readTargets(blog);
    if (!targets)
        fail(targets.error().toString());
    for (const PublishTarget &target : targets.value().targets) {
        if (target.name == name)
            return target;
    }
    fail(u"blog.yaml has no target "_s + name);
}

// One publish through PublishSession, like `postwright-cli publish`; exits on an error or a conflict.
Publish publish(const QString &blog, Target &target)
{
    PublishSession::Connection connection;
    connection.secret = target.secret;
    target.mark();
    const int requestsBefore = target.requests();
    QElapsedTimer clock;
    clock.start();
    PublishSession session(blog, targetNamed(blog, target.name), connection, DeployOptions{});
    if (const BuildReport build = session.build(); build.fatal)
        fail(target.name + u": "_s + build.errors.value(0).toString());
    if (const std::optional<TransportError> error = session.checkConnection())
        fail(target.name + u": "_s + error->message);
    QElapsedTimer planClock;
    planClock.start();
    Result<DeployPlan> plan = session.plan();
    const double planMs = planClock.nsecsElapsed() / 1e6;
    if (!plan)
        fail(target.name + u": "_s + plan.error().toString());
    const auto *publisher = qobject_cast<BlogPublisher *>(session.engine());
    if (!publisher->conflicts().isEmpty())
        fail(target.name + u": unexpected conflict: "_s + publisher->conflicts().constFirst().path);
    const DeployReport report = session.run(plan.value());
    const double ms = clock.nsecsElapsed() / 1e6;
    if (!report.ok() || !report.conflicts.isEmpty()) {
        fail(target.name + u": "_s +
             (report.error                 ? report.error->message
              : report.conflicts.isEmpty() ? u"cancelled"_s
                                           : u"unexpected conflict: "_s + report.conflicts.constFirst()));
    }
    Publish out;
    out.ms = ms;
    out.planMs = planMs;
    out.requests = target.requests() - requestsBefore;
    out.bytes = report.bytesUploaded;
    out.created = plan.value().count(DeployAction::Kind::New);
    out.changed = plan.value().count(DeployAction::Kind::Changed);
    out.uploaded = report.uploaded;
    return out;
}

// plan() without the blog (a dry run): reading, rendering and hashing every post, the local share of a
// publish.
double localPlanMs(const QString &blog, const QString &targetName)
{
    DeployOptions options;
    options.dryRun = true;
    BlogPublisher publisher(
        blog, targetNamed(blog, targetName), [](std::function<bool()>) { return std::unique_ptr<BlogApi>(); },
        options);
    QElapsedTimer clock;
    clock.start();
    if (Result<DeployPlan> plan = publisher.plan(); !plan)
        fail(plan.error().toString());
    return clock.nsecsElapsed() / 1e6;
}

// The blog must hold exactly the posts of the first publish: no duplicate, none lost.
bool checkPostCount(const Target &target, const QString &when)
{
    const int onBlog = target.remotePosts();
    if (onBlog == target.first.uploaded)
        return true;
    std::fprintf(stderr, "blogapi_bench: %s holds %d posts %s, expected %d\n", qPrintable(target.name),
                 onBlog, qPrintable(when), target.first.uploaded);
    return false;
}

// What a tool without per-post state does: every post counts as changed. The state is rewritten through
// PostPublishState (journal included), ids and versions kept, so every post is updated, none created.
void forgetHashes(const QString &blog, const QString &targetName)
{
    const QString id = targetNamed(blog, targetName).id();
    Result<PostPublishState> state = PostPublishState::load(blog, id);
    if (!state)
        fail(state.error().toString());
    const QHash<QString, PostRemoteRecord> posts = state.value().posts();
    for (auto it = posts.cbegin(); it != posts.cend(); ++it) {
        PostRemoteRecord record = it.value();
        record.hash.clear();
        if (Result<void> saved = state.value().setPost(it.key(), record); !saved)
            fail(saved.error().toString());
    }
    if (Result<void> saved = state.value().compact(); !saved)
        fail(saved.error().toString());
}

QString ghostBreakdown(const QList<Test::GhostMockServer::Request> &requests)
{
    QMap<QString, int> kinds;
    for (const Test::GhostMockServer::Request &request : requests) {
        QString kind = QString::fromLatin1(request.method) + u' ';
        if (request.path.startsWith(u"posts/slug/"_s))
            kind += u"posts/slug/…"_s;
        else if (request.path == u"posts/"_s)
            kind += request.method == "GET" ? u"posts/ (list)"_s : u"posts/"_s;
        else if (request.path.startsWith(u"posts/"_s))
            kind += u"posts/{id}/"_s;
        else
            kind += request.path;
        ++kinds[kind];
    }
    QStringList parts;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        parts.append(u"%1 ×%2"_s.arg(it.key()).arg(it.value()));
    return parts.join(u", "_s);
}

int proxyTotal(const Test::FaultProxy &proxy)
{
    int total = 0;
    for (const QByteArray method : {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"})
        total += proxy.count(method, QString());
    return total;
}

// Requests and posts from the stand-in's own records.
void watchGhost(Target &target, Test::GhostMockServer &ghost)
{
    Test::GhostMockServer *server = &ghost;
    target.secret = ghost.adminKey();
    target.requests = [server] {
        return int(server->requests().size());
    };
    target.remotePosts = [server] {
        return int(server->posts().size());
    };
    auto seen = std::make_shared<qsizetype>(0);
    target.mark = [server, seen] {
        *seen = server->requests().size();
    };
    target.breakdown = [server, seen] {
        return ghostBreakdown(server->requests().mid(*seen));
    };
}

// Requests counted by the proxy in front of WordPress; posts counted by WordPress itself.
void watchWordPress(Target &target, Test::FaultProxy &proxy, Test::WordPressFixture &wordpress)
{
    Test::FaultProxy *counter = &proxy;
    Test::WordPressFixture *site = &wordpress;
    target.secret = wordpress.applicationPassword();
    target.requests = [counter] {
        return proxyTotal(*counter);
    };
    target.remotePosts = [site] {
        QString out;
        if (!site->runPhp(u"echo count(get_posts(['post_type' => 'post', 'post_status' => 'any', "
                          "'numberposts' => -1, 'fields' => 'ids']));"_s,
                          &out))
            return -1;
        return out.trimmed().toInt();
    };
    // By route (FaultProxy counts by method and a part of the path; these do not overlap).
    static const QList<std::pair<QByteArray, QString>> kinds = {
        {"GET", u"/users/me"_s},     {"GET", u"/wp/v2/posts?"_s},      {"GET", u"/wp/v2/posts/"_s},
        {"POST", u"/wp/v2/posts"_s}, {"GET", u"/wp/v2/categories"_s},  {"GET", u"/wp/v2/tags"_s},
        {"POST", u"/wp/v2/tags"_s},  {"POST", u"/wp/v2/categories"_s}, {"GET", u"/wp/v2/media"_s},
        {"POST", u"/wp/v2/media"_s},
    };
    auto seen = std::make_shared<QList<int>>();
    const auto snapshot = [counter] {
        QList<int> values{proxyTotal(*counter)};
        for (const auto &[method, part] : kinds)
            values.append(counter->count(method, part));
        return values;
    };
    target.mark = [seen, snapshot] {
        *seen = snapshot();
    };
    target.breakdown = [seen, snapshot] {
        const QList<int> now = snapshot();
        QStringList parts;
        int named = 0;
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            const int n = now.at(i + 1) - seen->value(i + 1);
            if (n > 0)
                parts.append(
                    u"%1 %2 ×%3"_s.arg(QString::fromLatin1(kinds.at(i).first), kinds.at(i).second).arg(n));
            named += n;
        }
        // The rest: GET /wp-json/wp/v2/, the API's discovery by each new client.
        const int other = now.at(0) - seen->value(0) - named;
        if (other > 0)
            parts.append(u"other (API discovery) ×%1"_s.arg(other));
        return parts.join(u", "_s);
    };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The publisher's info lines (one per uploaded image) would bury the table; warnings still show.
    QLoggingCategory::setFilterRules(u"postwright.*.info=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Postwright blog API publishing benchmark"_s);
    parser.addHelpOption();
    parser.addOption({u"posts"_s, u"Corpus size."_s, u"N"_s, u"300"_s});
    parser.addOption({u"edits"_s, u"One-post edits (medians over them)."_s, u"K"_s, u"5"_s});
    parser.addOption({u"targets"_s, u"Comma-separated: ghost,wordpress."_s, u"LIST"_s, u"ghost"_s});
    parser.addOption({u"keep"_s, u"Keep the temporary folder (corpus and publish state)."_s});
    parser.addOption({u"corpus-script"_s, u"make_corpus.py"_s, u"PATH"_s,
                      QStringLiteral(POSTWRIGHT_SOURCE_DIR "/../shared/bench/make_corpus.py")});
    parser.process(app);

    const int posts = parser.value(u"posts"_s).toInt();
    const int edits = parser.value(u"edits"_s).toInt();
    const QStringList wanted = parser.value(u"targets"_s).split(u',', Qt::SkipEmptyParts);
    if (posts <= 0 || edits < 0)
        fail(u"--posts must be positive and --edits at least 0"_s);
    QTemporaryDir temporary;
    if (!temporary.isValid())
        fail(temporary.errorString());
    temporary.setAutoRemove(!parser.isSet(u"keep"_s));
    const QString blog = temporary.path() + u"/blog"_s;

    std::printf("Corpus: %d posts (make_corpus.py); load average %s\n", posts, qPrintable(loadAverage()));
    std::fflush(stdout);
    if (QProcess::execute(u"python3"_s, {parser.value(u"corpus-script"_s), blog, u"--posts"_s,
                                         QString::number(posts)}) != 0)
        fail(u"make_corpus.py failed"_s);

    // The blogs, and a target for each in blog.yaml.
    std::unique_ptr<Test::GhostMockServer> ghost;
    std::unique_ptr<Test::WordPressFixture> wordpress;
    std::unique_ptr<Test::FaultProxy> proxy;
    std::vector<Target> targets;
    QByteArray yaml = "\npublish:\n  targets:\n";
    for (const QString &name : wanted) {
        Target target;
        target.name = name;
        if (name == u"ghost") {
            ghost = std::make_unique<Test::GhostMockServer>();
            if (!ghost->start())
                fail(u"the Ghost stand-in did not start"_s);
            watchGhost(target, *ghost);
            yaml += "    - name: ghost\n      type: ghost\n      url: " + ghost->siteUrl().toUtf8() + "\n";
        } else if (name == u"wordpress") {
            QString why;
            if (!Test::WordPressFixture::available(&why)) {
                target.skipped = why;
            } else {
                std::printf("Starting WordPress…\n");
                std::fflush(stdout);
                wordpress = std::make_unique<Test::WordPressFixture>(
                    QStringLiteral(POSTWRIGHT_BINARY_DIR "/tests/wordpress"));
                if (!wordpress->start()) {
                    target.skipped = u"WordPress did not start: "_s + wordpress->errorString();
                } else {
                    // Counts the requests; forwards each over a connection of its own.
                    proxy = std::make_unique<Test::FaultProxy>(QUrl(wordpress->baseUrl()));
                    if (!proxy->start())
                        fail(u"the counting proxy did not start"_s);
                }
            }
            if (!target.skipped.isEmpty()) {
                std::printf("Skipping wordpress: %s\n", qPrintable(target.skipped));
                targets.push_back(std::move(target));
                continue;
            }
            watchWordPress(target, *proxy, *wordpress);
            yaml += "    - name: wordpress\n      type: wordpress\n      url: " + proxy->baseUrl().toUtf8() +
                    "\n      user: " + Test::WordPressFixture::user().toUtf8() + "\n";
        } else {
            fail(u"unknown target "_s + name + u" (ghost, wordpress)"_s);
        }
        targets.push_back(std::move(target));
    }
    {
        QFile file(blog + u"/blog.yaml"_s);
        if (!file.open(QIODevice::Append) || file.write(yaml) != yaml.size())
            fail(u"cannot add the targets to blog.yaml"_s);
    }
    bool countsHeld = true;

    // 1. Every post, into an empty blog.
    for (Target &target : targets) {
        if (!target.skipped.isEmpty())
            continue;
        std::printf("First publish to %s…\n", qPrintable(target.name));
        std::fflush(stdout);
        target.first = publish(blog, target);
        std::printf("  %d posts created, %.1f s, %d requests, %s sent: %s\n", target.first.uploaded,
                    target.first.ms / 1000, target.first.requests,
                    qPrintable(human(double(target.first.bytes))), qPrintable(target.breakdown()));
        if (target.first.created != target.first.uploaded)
            fail(target.name + u": the plan had %1 new posts, %2 were sent"_s.arg(target.first.created)
                                   .arg(target.first.uploaded));
        countsHeld = checkPostCount(target, u"after the first publish"_s) && countsHeld;
    }

    // 2. One-post edits: published posts spread over the corpus, one sentence appended.
    QStringList published;
    QDirIterator it(blog + u"/posts"_s, {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && !file.read(600).contains("draft: true"))
            published.append(path);
    }
    std::sort(published.begin(), published.end());
    if (published.isEmpty())
        fail(u"the corpus has no published post"_s);
    QList<double> localMs;
    for (int round = 0; round < edits; ++round) {
        const QString post = published.at((round * 7919 + 101) % published.size());
        QFile file(post);
        if (!file.open(QIODevice::Append))
            fail(post + u": "_s + file.errorString());
        file.write("\nOne more sentence, added by edit " + QByteArray::number(round + 1) +
                   " of the benchmark.\n");
        file.close();
        std::printf("Edit %d: %s\n", round + 1, qPrintable(QDir(blog).relativeFilePath(post)));
        for (Target &target : targets) {
            if (!target.skipped.isEmpty())
                continue;
            const Publish one = publish(blog, target);
            std::printf("  %-9s %7.1f ms (plan %6.1f ms), %3d requests, %d sent: %s\n",
                        qPrintable(target.name), one.ms, one.planMs, one.requests, one.uploaded,
                        qPrintable(target.breakdown()));
            std::fflush(stdout);
            if (one.changed != 1 || one.created != 0 || one.uploaded != 1)
                fail(target.name +
                     u": an edit of one post planned %1 changed and %2 new posts, sent %3"_s.arg(one.changed)
                         .arg(one.created)
                         .arg(one.uploaded));
            target.edits.append(one);
        }
        // After the publishes, so that it warms nothing for them.
        for (const Target &target : targets) {
            if (target.skipped.isEmpty()) {
                localMs.append(localPlanMs(blog, target.name));
                std::printf("  local part of a plan (dry run, no request): %.1f ms\n", localMs.constLast());
                break;
            }
        }
    }
    for (const Target &target : targets) {
        if (target.skipped.isEmpty())
            countsHeld = checkPostCount(target, u"after the edits"_s) && countsHeld;
    }

    // 3. The reference: every post sent again, as updates.
    for (Target &target : targets) {
        if (!target.skipped.isEmpty())
            continue;
        std::printf("Reference for %s: every post updated…\n", qPrintable(target.name));
        std::fflush(stdout);
        forgetHashes(blog, target.name);
        target.reference = publish(blog, target);
        std::printf("  %d posts updated, %.1f s (plan %.1f s), %d requests: %s\n", target.reference.uploaded,
                    target.reference.ms / 1000, target.reference.planMs / 1000, target.reference.requests,
                    qPrintable(target.breakdown()));
        if (target.reference.created != 0 || target.reference.changed != target.first.uploaded)
            fail(target.name +
                 u": the reference planned %1 changed and %2 new posts"_s.arg(target.reference.changed)
                     .arg(target.reference.created));
        countsHeld = checkPostCount(target, u"after the reference"_s) && countsHeld;
    }

    // The table.
    std::printf(
        "\n%d posts in the corpus; %d one-post edits, medians. Times are whole publishes (scan, connect,\n"
        "plan, run); \"sent\" is post HTML plus images.\n\n",
        posts, edits);
    std::printf("%-9s | %-5s | %-27s | %-27s | %-27s | %-6s\n", "target", "posts", "first publish",
                "one edit", "resend-all reference", "ref /");
    std::printf("%-9s | %-5s | %-27s | %-27s | %-27s | %-6s\n", "", "", "time, requests, sent",
                "time, requests, sent", "time, requests, sent", "edit");
    std::printf(
        "----------+-------+-----------------------------+-----------------------------+-------------------"
        "----------+-------\n");
    for (const Target &target : targets) {
        if (!target.skipped.isEmpty()) {
            std::printf("%-9s | skipped: %s\n", qPrintable(target.name), qPrintable(target.skipped));
            continue;
        }
        QList<double> ms, requests, bytes;
        for (const Publish &one : target.edits) {
            ms.append(one.ms);
            requests.append(one.requests);
            bytes.append(double(one.bytes));
        }
        const double editMs = median(ms);
        std::printf("%-9s | %5d | %6.1f s, %5d, %10s | %6.0f ms, %4.0f, %10s | %6.1f s, %5d, %10s | %5.0fx\n",
                    qPrintable(target.name), target.first.uploaded, target.first.ms / 1000,
                    target.first.requests, qPrintable(human(double(target.first.bytes))), editMs,
                    median(requests), qPrintable(human(median(bytes))), target.reference.ms / 1000,
                    target.reference.requests, qPrintable(human(double(target.reference.bytes))),
                    editMs > 0 ? target.reference.ms / editMs : 0);
    }
    std::printf(
        "\nOf an edit's time, %.0f ms (median) is the plan's local part: reading, rendering and hashing\n"
        "every post (a dry-run plan, no request).\n",
        median(localMs));
    for (const Target &target : targets) {
        if (!target.skipped.isEmpty())
            continue;
        const int onBlog = target.remotePosts();
        std::printf("%s: %d posts on the blog at the end, %d published: %s\n", qPrintable(target.name),
                    onBlog, target.first.uploaded,
                    onBlog == target.first.uploaded ? "no duplicates" : "MISMATCH");
        countsHeld = countsHeld && onBlog == target.first.uploaded;
    }
    std::printf("Load average at the end: %s\n", qPrintable(loadAverage()));
    if (parser.isSet(u"keep"_s))
        std::printf("Kept: %s\n", qPrintable(temporary.path()));
    return countsHeld ? 0 : 2;
}
