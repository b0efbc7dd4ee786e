// Deploy benchmark (not a test): builds a generated blog, publishes it whole to every target
// (the full upload: the reference), then edits one published post at a time, rebuilds, and
// publishes again. For each edit it compares what the deploy sent (files, and bytes including the
// deploy record kept on the target) with what really changed in public/, and times the deploy
// against the full upload of the same run. Real servers on 127.0.0.1 (the test fixtures): sshd for
// SFTP, vsftpd for FTP, s3rver for S3, plus a local folder.
//
//   build/tests/bench/deploy_bench [--posts 5000] [--edits 5] [--targets folder,sftp,ftp,s3]
//                                  [--connections 4] [--work DIR]
//
// Needs root for the FTP account (like the tests). See tests/bench/README.md.

#include "publish/deployengine.h"
#include "publish/foldertransport.h"
#include "publish/ftptransport.h"
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

struct Target
{
    QString name;
    TransportFactory factory;
    QString manifestPath;
    // Measured:
    double fullSeconds = 0;
    int fullFiles = 0;
    qint64 fullBytes = 0;
    QList<double> editMs, editFiles, editBytes, fileRatio, byteRatio;
};

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

// One deploy: plan and run. Returns false on error.
DeployReport deploy(Target &target, const QString &output, int connections, double *milliseconds)
{
    DeployOptions options;
    options.connections = connections;
    DeployEngine engine(target.factory, output, target.manifestPath, options);
    QElapsedTimer clock;
    clock.start();
    Result<DeployPlan> plan = engine.plan();
    if (!plan)
        fail(target.name + u": "_s + plan.error().toString());
    DeployReport report = engine.run(plan.value());
    *milliseconds = clock.nsecsElapsed() / 1e6;
    if (!report.ok())
        fail(target.name + u": "_s + (report.error ? report.error->message : u"cancelled"_s));
    return report;
}

qint64 sentBytes(const DeployReport &report)
{
    return report.bytesUploaded + report.recordBytes;
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
    parser.addOption({u"targets"_s, u"Comma-separated: folder,sftp,ftp,s3."_s, u"LIST"_s, u"folder,sftp,ftp,s3"_s});
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
    std::vector<Target> targets;
    for (const QString &name : wanted) {
        Target target;
        target.name = name;
        target.manifestPath = work + u"/manifests/"_s + name + u".json"_s;
        if (name == u"folder") {
            const QString root = work + u"/folder-target"_s;
            QDir(root).removeRecursively();
            target.factory = [root] { return std::make_unique<FolderTransport>(root); };
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
            target.factory = [options] { return std::make_unique<SftpTransport>(options); };
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
            target.factory = [options] { return std::make_unique<FtpTransport>(options); };
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
            target.factory = [options] { return std::make_unique<S3Transport>(options); };
        } else {
            fail(u"unknown target "_s + name);
        }
        targets.push_back(std::move(target));
    }

    // The reference: a full upload to every target.
    for (Target &target : targets) {
        std::printf("Full upload to %s…\n", qPrintable(target.name));
        std::fflush(stdout);
        double ms = 0;
        const DeployReport report = deploy(target, output, connections, &ms);
        target.fullSeconds = ms / 1000;
        target.fullFiles = report.uploaded;
        target.fullBytes = sentBytes(report);
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
            const DeployReport report = deploy(target, output, connections, &ms);
            target.editMs.append(ms);
            target.editFiles.append(report.uploaded);
            target.editBytes.append(double(sentBytes(report)));
            target.fileRatio.append(change.files ? double(report.uploaded) / change.files : 0);
            target.byteRatio.append(change.bytes ? double(sentBytes(report)) / double(change.bytes) : 0);
        }
    }

    std::printf("\n%d posts, %s in public/; %d one-post edits, medians; %d connections.\n", posts,
                qPrintable(human(double(targets.empty() ? 0 : targets.front().fullBytes))), edits, connections);
    std::printf("Bytes sent include the deploy record kept on the target (a small delta per deploy).\n\n");
    std::printf("%-7s | %-25s | %-13s | %-21s | %-7s | %-9s | %-9s\n", "target", "full upload", "files sent",
                "bytes sent / changed", "bytes", "deploy", "full/edit");
    std::printf("%-7s | %-25s | %-13s | %-21s | %-7s | %-9s | %-9s\n", "", "files, size, time", "/ changed", "",
                "ratio", "time", "time");
    std::printf("--------+---------------------------+---------------+-----------------------+---------+-----------+----------\n");
    for (const Target &target : targets) {
        const double editMs = median(target.editMs);
        std::printf("%-7s | %5d, %9s, %5.1f s | %5.0f / %-5.0f | %9s / %-9s | %6.2fx | %6.0f ms | %7.0fx\n",
                    qPrintable(target.name), target.fullFiles, qPrintable(human(double(target.fullBytes))),
                    target.fullSeconds, median(target.editFiles), median(changedFiles),
                    qPrintable(human(median(target.editBytes))), qPrintable(human(median(changedBytes))),
                    median(target.byteRatio), editMs, editMs > 0 ? target.fullSeconds * 1000 / editMs : 0);
    }
    std::printf("\nTarget: files sent = files changed, bytes sent <= 1.2x bytes changed.\n");
    return 0;
}
