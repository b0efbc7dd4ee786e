// Deploy benchmark (not a test): builds a generated blog, publishes it whole to every target
// (the full upload: the reference), then edits one published post at a time, rebuilds, and
// publishes again. For each edit it compares the files and bytes the deploy sent with what really
// changed in public/ (and shows apart what else went over the wire: the deploy record kept on the
// target, or Netlify's list of the whole site), and times the deploy against the full upload of the
// same run. Servers on 127.0.0.1 (the test fixtures): sshd for SFTP, vsftpd for FTP, s3rver for
// S3, git http-backend for git, the Netlify API stand-in, plus a local folder.
//
//   build/tests/bench/deploy_bench [--posts 5000] [--edits 5] [--targets folder,sftp,ftp,s3,git,netlify]
//                                  [--connections 4] [--work DIR]
//
// Needs root for the FTP account (like the tests). See tests/bench/README.md.

#include "gitserverfixture.h"
#include "netlifymockserver.h"
#include "publish/deployengine.h"
#include "publish/foldertransport.h"
#include "publish/ftptransport.h"
#include "publish/gittransport.h"
#include "publish/netlifydeploy.h"
#include "publish/s3transport.h"
#include "publish/sftptransport.h"
#include "s3rverfixture.h"
#include "site/buildsession.h"
#include "sshdfixture.h"
#include "vsftpdfixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
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
    std::fprintf(stderr, "deploy_bench: %s\n", qPrintable(message));
    std::exit(1);
}

using MakeDeployer = std::function<std::unique_ptr<Deployer>(const QString &output, const QString &manifest,
                                                              DeployOptions options)>;

struct Target
{
    QString name;
    MakeDeployer make;
    // Bytes sent so far besides the files and the record (Netlify: each deploy's list of every file).
    std::function<qint64()> otherBytes = [] { return qint64(0); };
    QString manifestPath;
    // Measured:
    double fullSeconds = 0;
    int fullFiles = 0;
    qint64 fullBytes = 0;
    qint64 fullOther = 0;
    QList<double> editMs, editFiles, editBytes, editOther, byteRatio;
};

Target engineTarget(const QString &name, TransportFactory factory)
{
    Target target;
    target.name = name;
    target.make = [factory](const QString &output, const QString &manifest, DeployOptions options) {
        return std::make_unique<DeployEngine>(factory, output, manifest, options);
    };
    return target;
}

struct Change
{
    int files = 0;
    qint64 bytes = 0;
};

// New or changed files between two hashes of public/.
Change difference(const QMap<QString, ManifestEntry> &before, const QMap<QString, ManifestEntry> &after)
{
    Change change;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.cend() || *old != *it) {
            ++change.files;
            change.bytes += it->size;
        }
    }
    return change;
}

QMap<QString, ManifestEntry> hashed(const QString &folder)
{
    Result<QMap<QString, ManifestEntry>> files = DeployManifest::hashFolder(folder);
    if (!files)
        fail(files.error().toString());
    return files.value();
}

// One deploy: plan and run; exits on an error. `other` gets the bytes sent besides the files.
DeployReport deploy(Target &target, const QString &output, int connections, double *milliseconds, qint64 *other)
{
    DeployOptions options;
    options.connections = connections;
    const std::unique_ptr<Deployer> deployer = target.make(output, target.manifestPath, options);
    const qint64 otherBefore = target.otherBytes();
    QElapsedTimer clock;
    clock.start();
    Result<DeployPlan> plan = deployer->plan();
    if (!plan)
        fail(target.name + u": "_s + plan.error().toString());
    DeployReport report = deployer->run(plan.value());
    *milliseconds = clock.nsecsElapsed() / 1e6;
    if (!report.ok())
        fail(target.name + u": "_s + (report.error ? report.error->message : u"cancelled"_s));
    *other = report.recordBytes + target.otherBytes() - otherBefore;
    return report;
}

QString human(double bytes)
{
    if (bytes >= 1024 * 1024)
        return QString::number(bytes / 1024 / 1024, 'f', 1) + u" MiB"_s;
    return QString::number(bytes / 1024, 'f', 1) + u" KiB"_s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Postwright deploy benchmark"_s);
    parser.addHelpOption();
    parser.addOption({u"posts"_s, u"Corpus size."_s, u"N"_s, u"5000"_s});
    parser.addOption({u"edits"_s, u"One-post edits (medians over them)."_s, u"K"_s, u"5"_s});
    parser.addOption({u"targets"_s, u"Comma-separated: folder,sftp,ftp,s3,git,netlify."_s, u"LIST"_s,
                      u"folder,sftp,ftp,s3,git,netlify"_s});
    parser.addOption({u"connections"_s, u"Parallel connections per deploy."_s, u"N"_s, u"4"_s});
    parser.addOption({u"work"_s, u"Folder for the corpus and targets (default: a temporary one)."_s, u"DIR"_s});
    parser.addOption({u"corpus-script"_s, u"make_corpus.py"_s, u"PATH"_s,
                      QStringLiteral(POSTWRIGHT_SOURCE_DIR "/../shared/bench/make_corpus.py")});
    parser.process(app);

    const int posts = parser.value(u"posts"_s).toInt();
    const int edits = parser.value(u"edits"_s).toInt();
    const int connections = parser.value(u"connections"_s).toInt();
    const QStringList wanted = parser.value(u"targets"_s).split(u',', Qt::SkipEmptyParts);
    QTemporaryDir temporary;
    const QString work = parser.isSet(u"work"_s) ? parser.value(u"work"_s) : temporary.path();
    const QString blog = work + u"/blog"_s;
    QDir(blog).removeRecursively();

    std::printf("Corpus: %d posts (make_corpus.py)…\n", posts);
    std::fflush(stdout);
    if (QProcess::execute(u"python3"_s, {parser.value(u"corpus-script"_s), blog, u"--posts"_s, QString::number(posts)})
        != 0)
        fail(u"make_corpus.py failed"_s);
    BuildSession session(blog);
    BuildReport build = session.build(BuildOptions{});
    if (build.fatal)
        fail(u"the build failed"_s);
    const QString output = build.outputPath;

    // The servers.
    std::unique_ptr<Test::SshdFixture> sshd;
    std::unique_ptr<Test::VsftpdFixture> vsftpd;
    std::unique_ptr<Test::S3rverFixture> s3rver;
    std::unique_ptr<Test::GitServerFixture> gitServer;
    std::unique_ptr<Test::NetlifyMockServer> netlify;
    std::vector<Target> targets;
    for (const QString &name : wanted) {
        Target target;
        if (name == u"folder") {
            const QString root = work + u"/folder-target"_s;
            QDir(root).removeRecursively();
            target = engineTarget(name, [root] { return std::make_unique<FolderTransport>(root); });
        } else if (name == u"sftp") {
            sshd = std::make_unique<Test::SshdFixture>();
            if (!sshd->start())
                fail(sshd->errorString());
            SftpOptions options;
            options.host = sshd->host();
            options.port = sshd->port();
            options.user = sshd->keyUser();
            options.privateKeyFile = sshd->clientKeyFile();
            options.rootPath = sshd->remoteRoot() + u"/site"_s;
            options.knownHostsFile = work + u"/known_hosts"_s;
            options.confirmUnknownHost = [](const QString &, const QString &) { return true; };
            target = engineTarget(name, [options] { return std::make_unique<SftpTransport>(options); });
        } else if (name == u"ftp") {
            QString why;
            if (!Test::VsftpdFixture::available(&why))
                fail(why);
            vsftpd = std::make_unique<Test::VsftpdFixture>();
            if (!vsftpd->start())
                fail(vsftpd->errorString());
            FtpOptions options;
            options.host = vsftpd->host();
            options.port = vsftpd->port();
            options.user = vsftpd->user();
            options.password = vsftpd->password();
            options.rootPath = u"site"_s;
            target = engineTarget(name, [options] { return std::make_unique<FtpTransport>(options); });
        } else if (name == u"s3") {
            s3rver = std::make_unique<Test::S3rverFixture>(QStringLiteral(POSTWRIGHT_BINARY_DIR "/tests/s3rver"));
            if (!s3rver->start())
                fail(s3rver->errorString());
            S3Options options;
            options.endpoint = s3rver->endpoint();
            options.pathStyle = true;
            options.bucket = Test::S3rverFixture::bucket();
            options.accessKeyId = Test::S3rverFixture::accessKeyId();
            options.secretAccessKey = Test::S3rverFixture::secretAccessKey();
            target = engineTarget(name, [options] { return std::make_unique<S3Transport>(options); });
        } else if (name == u"git") {
            gitServer = std::make_unique<Test::GitServerFixture>();
            if (!gitServer->start() || gitServer->createRepository(u"site"_s).isEmpty())
                fail(gitServer->errorString());
            GitOptions options;
            options.remoteUrl = gitServer->httpUrl(u"site"_s).replace(
                u"http://"_s, u"http://%1@"_s.arg(Test::GitServerFixture::user()));
            options.secret = Test::GitServerFixture::password();
            options.cacheDir = work + u"/git-cache"_s;
            QDir(options.cacheDir).removeRecursively();
            target.name = name;
            // Each publish stages its own commit, like PublishSession.
            target.make = [options](const QString &output, const QString &manifest, DeployOptions deploy) {
                deploy.transactional = true;
                return std::make_unique<DeployEngine>(GitTransport::factory(options), output, manifest, deploy);
            };
        } else if (name == u"netlify") {
            netlify = std::make_unique<Test::NetlifyMockServer>();
            if (!netlify->start())
                fail(u"the Netlify API stand-in did not start"_s);
            NetlifyOptions options;
            options.siteId = netlify->siteId();
            options.token = netlify->token();
            options.apiUrl = netlify->apiUrl();
            target.name = name;
            target.make = [options](const QString &output, const QString &manifest, DeployOptions deploy) {
                NetlifyOptions own = options;
                own.connections = deploy.connections;
                return std::make_unique<NetlifyDeploy>(own, output, manifest, deploy);
            };
            Test::NetlifyMockServer *server = netlify.get();
            target.otherBytes = [server] {
                qint64 bytes = 0;
                for (const Test::NetlifyMockServer::Request &request : server->requests()) {
                    if (request.method != "PUT")
                        bytes += request.bytes;
                }
                return bytes;
            };
        } else {
            fail(u"unknown target "_s + name);
        }
        target.manifestPath = work + u"/manifests/"_s + name + u".json"_s;
        QFile::remove(target.manifestPath);
        targets.push_back(std::move(target));
    }

    // The reference: a full upload to every target.
    for (Target &target : targets) {
        std::printf("Full upload to %s…\n", qPrintable(target.name));
        std::fflush(stdout);
        double ms = 0;
        const DeployReport report = deploy(target, output, connections, &ms, &target.fullOther);
        target.fullSeconds = ms / 1000;
        target.fullFiles = report.uploaded;
        target.fullBytes = report.bytesUploaded;
    }

    // The edits: published posts spread over the corpus.
    QStringList published;
    QDirIterator it(blog + u"/posts"_s, {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && !file.read(600).contains("draft: true"))
            published.append(path);
    }
    std::sort(published.begin(), published.end());
    QList<double> changedFiles, changedBytes;
    for (int round = 0; round < edits; ++round) {
        const QString post = published.at((round * 7919 + 101) % published.size());
        const QMap<QString, ManifestEntry> before = hashed(output);
        QFile file(post);
        if (!file.open(QIODevice::Append))
            fail(post + u": "_s + file.errorString());
        file.write("\nOne more paragraph, added by round " + QByteArray::number(round + 1) + " of the benchmark.\n");
        file.close();
        if (session.build(BuildOptions{}).fatal)
            fail(u"the rebuild failed"_s);
        const Change change = difference(before, hashed(output));
        changedFiles.append(change.files);
        changedBytes.append(double(change.bytes));
        std::printf("Edit %d: %s (%d files, %s changed)\n", round + 1, qPrintable(QDir(blog).relativeFilePath(post)),
                    change.files, qPrintable(human(double(change.bytes))));
        std::fflush(stdout);
        for (Target &target : targets) {
            double ms = 0;
            qint64 other = 0;
            const DeployReport report = deploy(target, output, connections, &ms, &other);
            target.editMs.append(ms);
            target.editFiles.append(report.uploaded);
            target.editBytes.append(double(report.bytesUploaded));
            target.editOther.append(double(other));
            target.byteRatio.append(change.bytes ? double(report.bytesUploaded) / double(change.bytes) : 0);
        }
    }

    std::printf("\n%d posts, %s in public/; %d one-post edits, medians; %d connections.\n", posts,
                qPrintable(human(double(targets.empty() ? 0 : targets.front().fullBytes))), edits, connections);
    std::printf("\"other\": what went over the wire besides the files: the deploy record kept on the target\n"
                "(a delta and its head), or, for Netlify, the deploy's list of every file with its SHA-1.\n\n");
    std::printf("%-7s | %-26s | %-11s | %-21s | %-6s | %-9s | %-8s | %-7s\n", "target", "full upload", "files sent",
                "file bytes sent", "bytes", "other", "deploy", "full /");
    std::printf("%-7s | %-26s | %-11s | %-21s | %-6s | %-9s | %-8s | %-7s\n", "", "files, bytes, time", "/ changed",
                "/ changed", "ratio", "sent", "time", "deploy");
    std::printf("--------+----------------------------+-------------+-----------------------+--------+-----------+"
                "----------+--------\n");
    for (const Target &target : targets) {
        const double editMs = median(target.editMs);
        std::printf("%-7s | %5d, %9s, %6.1f s | %4.0f / %-4.0f | %9s / %-9s | %5.2fx | %9s | %5.0f ms | %5.0fx\n",
                    qPrintable(target.name), target.fullFiles, qPrintable(human(double(target.fullBytes))),
                    target.fullSeconds, median(target.editFiles), median(changedFiles),
                    qPrintable(human(median(target.editBytes))), qPrintable(human(median(changedBytes))),
                    median(target.byteRatio), qPrintable(human(median(target.editOther))), editMs,
                    editMs > 0 ? target.fullSeconds * 1000 / editMs : 0);
    }
    std::printf("\nTarget: files sent = files changed, file bytes sent <= 1.2x bytes changed.\n");
    return 0;
}
