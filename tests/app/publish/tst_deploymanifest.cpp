#include "publish/deploymanifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

QString sha(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestDeployManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveAndLoadRoundTrip();
    void missingFileIsEmpty();
    void localPathIsPerTarget();
    void badBytes_data();
    void badBytes();
    void hashFolder();
    void hashFolderOfMissingFolderFails();
};

void TestDeployManifest::saveAndLoadRoundTrip()
{
    QTemporaryDir dir;
    DeployManifest manifest;
    manifest.set(u"index.html"_s, {sha("home"), 4});
    manifest.set(u"css/site.css"_s, {sha("body{}"), 6});
    const QString path = dir.filePath(u".postwright/deploy/main.json"_s);
    QVERIFY(manifest.save(path).ok());
    const Result<DeployManifest> loaded = DeployManifest::load(path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value(), manifest);
    QCOMPARE(loaded.value().entry(u"css/site.css"_s)->size, 6);
    QVERIFY(!loaded.value().entry(u"missing.html"_s));

    const Result<DeployManifest> fromBytes = DeployManifest::fromBytes(manifest.toBytes(), u"remote"_s);
    QVERIFY(fromBytes.ok());
    QCOMPARE(fromBytes.value(), manifest);
}

void TestDeployManifest::missingFileIsEmpty()
{
    QTemporaryDir dir;
    const Result<DeployManifest> loaded = DeployManifest::load(dir.filePath(u"none.json"_s));
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value().isEmpty());
}

void TestDeployManifest::localPathIsPerTarget()
{
    QCOMPARE(DeployManifest::localPath(u"/blog"_s, u"web"_s), u"/blog/.postwright/deploy/web.json"_s);
}

void TestDeployManifest::badBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not json") << QByteArray("{ nope");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("future version") << QByteArray(R"({"version": 99, "files": []})");
    QTest::newRow("no version") << QByteArray(R"({"files": []})");
    QTest::newRow("short hash") << QByteArray(
        R"({"version": 1, "files": [{"path": "a", "sha256": "ab", "size": 1}]})");
    QTest::newRow("no path") << QByteArray(
        R"({"version": 1, "files": [{"sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "size": 0}]})");
    QTest::newRow("negative size") << QByteArray(
        R"({"version": 1, "files": [{"path": "a", "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "size": -1}]})");
}

void TestDeployManifest::badBytes()
{
    QFETCH(QByteArray, bytes);
    const Result<DeployManifest> manifest = DeployManifest::fromBytes(bytes, u"the server copy"_s);
    QVERIFY(!manifest.ok());
    QCOMPARE(manifest.error().file, u"the server copy"_s);
    QVERIFY(!manifest.error().message.isEmpty());
}

void TestDeployManifest::hashFolder()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"index.html"_s), "home");
    writeFile(dir.filePath(u"2026/post/index.html"_s), "post");
    writeFile(dir.filePath(u".well-known/security.txt"_s), "contact");
    writeFile(dir.filePath(u"empty.txt"_s), "");
    writeFile(dir.filePath(DeployManifest::remoteFileName()), "{}"); // never deployed as content
    const Result<QMap<QString, ManifestEntry>> hashed = DeployManifest::hashFolder(dir.path());
    QVERIFY(hashed.ok());
    const QMap<QString, ManifestEntry> expected{
        {u"index.html"_s, {sha("home"), 4}},
        {u"2026/post/index.html"_s, {sha("post"), 4}},
        {u".well-known/security.txt"_s, {sha("contact"), 7}},
        {u"empty.txt"_s, {sha(""), 0}},
    };
    QCOMPARE(hashed.value(), expected);
}

void TestDeployManifest::hashFolderOfMissingFolderFails()
{
    QTemporaryDir dir;
    QVERIFY(!DeployManifest::hashFolder(dir.filePath(u"public"_s)).ok());
}

QTEST_GUILESS_MAIN(TestDeployManifest)
#include "tst_deploymanifest.moc"
