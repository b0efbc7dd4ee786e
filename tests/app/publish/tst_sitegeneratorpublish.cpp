#include "publish/deployplan.h"
#include "publish/publishsession.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace Postwright;

namespace {

// What one publish did, step by step, as the CLI and the window drive a PublishSession.
struct Published
{
    BuildReport build;
    QString commandLine; // the generator's, empty when Postwright's builder built
    QStringList uploads; // the plan's
    DeployReport deploy;
    bool deployed = false;
    QStringList lines; // the generator's output
    Qt::HANDLE buildThread = nullptr;
};

// relative path -> SHA-256 of every file below folder.
QMap<QString, QByteArray> fingerprint(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(folder).relativeFilePath(path),
                         QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// A Hugo and a Jekyll site (tests/app/publish/data) built by the real hugo and jekyll, then
// published through PublishSession to a folder target named in the site's postwright.yaml, as
// `postwright-cli publish` and the window do: the generator's output arrives, a second publish
// sends nothing, an edit is sent again, and a broken site stops the publish with file:line
// before anything is sent. Rows skip, saying so, when the generator is not installed.
class TestSiteGeneratorPublish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishesTheGeneratorsOutput_data();
    void publishesTheGeneratorsOutput();
    void brokenSiteStopsThePublish_data();
    void brokenSiteStopsThePublish();
    void settingsChooseTheBuilder_data();
    void settingsChooseTheBuilder();
    void cancelStopsTheGenerator();

private:
    // Copies tests/app/publish/data/NAME into dir and adds postwright.yaml with a folder target
    // (dir/target) and extra (a build: block, say).
    static QString makeSite(const QTemporaryDir &dir, const QString &name, const QByteArray &extra = {});
    // build, connect, plan and (when onWorker, the build on a worker thread as the window does) run.
    static Published publish(const QString &root, bool onWorker = false);
    static void write(const QString &path, const QByteArray &content);
    static bool installed(const QString &generator)
    {
        return !QStandardPaths::findExecutable(generator).isEmpty();
    }
};

#define REQUIRE_GENERATOR(name)                                                                              \
    do {                                                                                                     \
        if (!installed(name))                                                                                \
            QSKIP(qPrintable(QString(name) + " is not installed (Debian package " + name + ")"));            \
    } while (false)

void TestSiteGeneratorPublish::write(const QString &path, const QByteArray &content)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

QString TestSiteGeneratorPublish::makeSite(const QTemporaryDir &dir, const QString &name,
                                           const QByteArray &extra)
{
    const QString source = QStringLiteral(POSTWRIGHT_SOURCE_DIR "/tests/app/publish/data/") + name;
    const QString root = dir.filePath(name);
    QDirIterator it(source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = QDir(root).filePath(QDir(source).relativeFilePath(from));
        QDir().mkpath(QFileInfo(to).absolutePath());
        if (!QFile::copy(from, to))
            return {};
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    }
    QFile settings(QDir(root).filePath("postwright.yaml"));
    if (!settings.open(QIODevice::WriteOnly))
        return {};
    settings.write("# Postwright's settings for this site.\npublish:\n  targets:\n    - name: local\n"
                   "      type: folder\n      path: " +
                   dir.filePath("target").toUtf8() + "\n" + extra);
    return root;
}

Published TestSiteGeneratorPublish::publish(const QString &root, bool onWorker)
{
    Published result;
    const Result<PublishTargets> targets = PublishSession::readTargets(root);
    if (!targets || targets.value().targets.empty()) {
        result.build.fatal = true;
        result.build.errors.append(targets ? SourceError{{}, 0, 0, "no targets"} : targets.error());
        return result;
    }
    PublishSession session(root, targets.value().targets.front(), {}, DeployOptions{});
    QMutex mutex;
    session.setBuildOutput([&](const QString &line, bool) {
        const QMutexLocker lock(&mutex);
        result.lines.append(line);
        result.buildThread = QThread::currentThreadId();
    });
    if (onWorker) {
        // As PublishController does: build() on a pool thread, which has no event loop running.
        // Polled rather than waited for: waiting on a future may run its task on this thread.
        const QFuture<BuildReport> future = QtConcurrent::run([&session] { return session.build(); });
        while (!future.isFinished())
            QThread::msleep(10);
        result.build = future.result();
    } else {
        result.build = session.build();
    }
    result.commandLine = session.buildCommandLine();
    if (result.build.fatal)
        return result;
    if (session.checkConnection())
        return result;
    const Result<DeployPlan> plan = session.plan();
    if (!plan)
        return result;
    for (const DeployAction &action : plan.value().uploads())
        result.uploads.append(action.path);
    result.deploy = session.run(plan.value());
    result.deployed = true;
    return result;
}

void TestSiteGeneratorPublish::publishesTheGeneratorsOutput_data()
{
    QTest::addColumn<QString>("generator");
    QTest::addColumn<QString>("post");      // the post to edit, relative to the site
    QTest::addColumn<QString>("page");      // its page in the generator's output, at its URL
    QTest::addColumn<QStringList>("other"); // more of the output that must arrive
    QTest::addColumn<QString>("absent");    // never published (a draft, Postwright's settings)
    QTest::addColumn<bool>("onWorker");

    QTest::newRow("hugo") << "hugo"
                          << "content/posts/first-post.md"
                          << "2024/03/first-post/index.html"
                          << QStringList{"index.html", "2024/04/toml-slug/index.html", "about/index.html",
                                         "images/logo.svg", "sitemap.xml"}
                          << "2024/05/draft-post/index.html" << false;
    QTest::newRow("hugo, built on a worker thread")
        << "hugo"
        << "content/posts/toml-post.md"
        << "2024/04/toml-slug/index.html" << QStringList{"index.html"} << "postwright.yaml" << true;
    QTest::newRow("jekyll, built on a worker thread")
        << "jekyll"
        << "_posts/2024-03-05-hello-world.md"
        << "2024/03/05/hello-world/index.html"
        << QStringList{"index.html", "2024/04/01/lists/index.html", "about/index.html", "assets/site.css"}
        << "postwright.yaml" << true;
}

void TestSiteGeneratorPublish::publishesTheGeneratorsOutput()
{
    QFETCH(QString, generator);
    QFETCH(QString, post);
    QFETCH(QString, page);
    QFETCH(QStringList, other);
    QFETCH(QString, absent);
    QFETCH(bool, onWorker);
    REQUIRE_GENERATOR(generator);

    QTemporaryDir dir;
    const QString root = makeSite(dir, generator + "-site");
    QVERIFY(!root.isEmpty());
    const QString target = dir.filePath("target");

    const Published first = publish(root, onWorker);
    QVERIFY2(!first.build.fatal, qPrintable(first.build.errors.value(0).toString()));
    QVERIFY2(first.commandLine.startsWith(generator + " "), qPrintable(first.commandLine));
    QVERIFY(!first.lines.isEmpty()); // the generator's output was streamed
    if (onWorker)
        QVERIFY(first.buildThread != QThread::currentThreadId());
    const QString output = generator == "hugo" ? QDir(root).filePath("public") : QDir(root).filePath("_site");
    QCOMPARE(first.build.outputPath, output);
    QVERIFY(first.deployed);
    QVERIFY2(first.deploy.ok(), qPrintable(first.deploy.error.value_or(TransportError{}).message));
    QVERIFY(first.deploy.uploaded > 0);
    // What the generator wrote is what arrived, byte for byte.
    for (const QString &file : QStringList{page} + other) {
        QVERIFY2(QFileInfo::exists(QDir(target).filePath(file)), qPrintable(file));
        QCOMPARE(readFile(QDir(target).filePath(file)), readFile(QDir(output).filePath(file)));
    }
    QVERIFY2(!QFileInfo::exists(QDir(target).filePath(absent)), qPrintable(absent));

    const Published second = publish(root, onWorker);
    QVERIFY(!second.build.fatal);
    QVERIFY(second.deployed);
    QCOMPARE(second.uploads, QStringList());
    QCOMPARE(second.deploy.uploaded, 0);

    QFile edited(QDir(root).filePath(post));
    QVERIFY(edited.open(QIODevice::Append));
    edited.write("\nA sentence added after the first publish.\n");
    edited.close();
    const Published third = publish(root, onWorker);
    QVERIFY2(!third.build.fatal, qPrintable(third.build.errors.value(0).toString()));
    QVERIFY2(third.uploads.contains(page), qPrintable(third.uploads.join(u' ')));
    QVERIFY(third.deploy.ok());
    QVERIFY(readFile(QDir(target).filePath(page)).contains("A sentence added after the first publish."));
}

void TestSiteGeneratorPublish::brokenSiteStopsThePublish_data()
{
    QTest::addColumn<QString>("generator");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("place"); // file:line[:col] of the first error

    QTest::newRow("hugo: template") << "hugo"
                                    << "layouts/_default/single.html"
                                    << QByteArray("<html>\n<body>\n{{ .Content }\n</body></html>\n")
                                    << "layouts/_default/single.html:3:1";
    QTest::newRow("hugo: front matter")
        << "hugo"
        << "content/posts/first-post.md"
        << QByteArray("---\ntitle: \"First\ndate: 2024-03-05\nfoo: [\n---\nText\n")
        << "content/posts/first-post.md:4:1";
    // Jekyll leaves the post out and exits 0; publishing that would take the post off the web.
    QTest::newRow("jekyll: front matter")
        << "jekyll"
        << "_posts/2024-03-05-hello-world.md"
        << QByteArray("---\nlayout: post\ntitle: Hello\n  bad: x\n---\nHello\n")
        << "_posts/2024-03-05-hello-world.md:4:6";
    // Without its exclude, Jekyll would publish postwright.yaml (hosts, users, folders).
    QTest::newRow("jekyll: postwright.yaml not excluded")
        << "jekyll"
        << "_config.yml" << QByteArray("title: Jekyll Field Notes\npermalink: /:year/:month/:day/:title/\n")
        << "_config.yml: The generator copied postwright.yaml into the site";
    QTest::newRow("jekyll: layout") << "jekyll"
                                    << "_layouts/post.html"
                                    << QByteArray("---\nlayout: default\n---\n<article>\n{% nosuchtag %}\n"
                                                  "{{ content }}\n</article>\n")
                                    << "_layouts/post.html:5";
}

void TestSiteGeneratorPublish::brokenSiteStopsThePublish()
{
    QFETCH(QString, generator);
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, place);
    REQUIRE_GENERATOR(generator);

    QTemporaryDir dir;
    const QString root = makeSite(dir, generator + "-site");
    QVERIFY(!root.isEmpty());
    const QString target = dir.filePath("target");
    const Published first = publish(root);
    QVERIFY2(first.deploy.ok() && first.deploy.uploaded > 0,
             qPrintable(first.build.errors.value(0).toString()));
    const QMap<QString, QByteArray> before = fingerprint(target);

    write(QDir(root).filePath(file), content);
    const Published broken = publish(root);
    QVERIFY(broken.build.fatal);
    QVERIFY(!broken.deployed);
    QVERIFY(!broken.build.errors.isEmpty());
    const SourceError error = broken.build.errors.first();
    QVERIFY2(error.toString().startsWith(place.contains(": ") ? place : place + ":"),
             qPrintable(error.toString()));
    QCOMPARE(fingerprint(target), before);
}

void TestSiteGeneratorPublish::settingsChooseTheBuilder_data()
{
    QTest::addColumn<QByteArray>("build");    // postwright.yaml's build: block
    QTest::addColumn<QString>("commandLine"); // what ran: its start; empty: Postwright's builder
    QTest::addColumn<QString>("output");      // the folder published

    QTest::newRow("default") << QByteArray() << "hugo --destination"
                             << "public";
    QTest::newRow("command") << QByteArray("build:\n  command: hugo --minify --quiet\n")
                             << "hugo --minify --quiet --destination"
                             << "public";
    QTest::newRow("generator: false") << QByteArray("build:\n  generator: false\n") << QString() << "public";
}

// postwright.yaml's build: block decides how a publish builds, as it does for a build.
void TestSiteGeneratorPublish::settingsChooseTheBuilder()
{
    QFETCH(QByteArray, build);
    QFETCH(QString, commandLine);
    QFETCH(QString, output);
    REQUIRE_GENERATOR("hugo");

    QTemporaryDir dir;
    const QString root = makeSite(dir, "hugo-site", build);
    QVERIFY(!root.isEmpty());
    const Published published = publish(root);
    QVERIFY2(!published.build.fatal, qPrintable(published.build.errors.value(0).toString()));
    QVERIFY2(published.commandLine.startsWith(commandLine), qPrintable(published.commandLine));
    QCOMPARE(published.commandLine.isEmpty(), commandLine.isEmpty());
    QCOMPARE(published.build.outputPath, QDir(root).filePath(output));
    QVERIFY(published.deploy.ok());
    // Either way the post's page is published at the URL the site's permalinks give it.
    QVERIFY(QFileInfo::exists(dir.filePath("target/2024/03/first-post/index.html")));
    if (commandLine.isEmpty()) // Postwright's builder: its build cache, and no generator output
        QVERIFY(published.lines.isEmpty());
}

void TestSiteGeneratorPublish::cancelStopsTheGenerator()
{
    QTemporaryDir dir;
    const QString root = makeSite(dir, "hugo-site", "build:\n  command: ./slow-build.sh\n");
    QVERIFY(!root.isEmpty());
    write(QDir(root).filePath("slow-build.sh"), "#!/bin/sh\necho started\nexec sleep 30\n");
    QVERIFY(QFile::setPermissions(QDir(root).filePath("slow-build.sh"),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const Result<PublishTargets> targets = PublishSession::readTargets(root);
    QVERIFY(targets);
    PublishSession session(root, targets.value().targets.front(), {}, DeployOptions{});
    std::atomic_bool started = false;
    session.setBuildOutput([&started](const QString &line, bool) {
        if (line == "started")
            started = true;
    });
    QElapsedTimer timer;
    timer.start();
    QFuture<BuildReport> build = QtConcurrent::run([&session] { return session.build(); });
    QTRY_VERIFY_WITH_TIMEOUT(started, 10000);
    session.cancelBuild();
    QTRY_VERIFY_WITH_TIMEOUT(build.isFinished(), 10000);
    const BuildReport report = build.result();
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY(report.fatal);
    QVERIFY2(report.errors.last().message.contains("cancelled"), qPrintable(report.errors.last().message));
    QVERIFY(!session.engine()); // nothing to deploy
}

QTEST_GUILESS_MAIN(TestSiteGeneratorPublish)
#include "tst_sitegeneratorpublish.moc"
