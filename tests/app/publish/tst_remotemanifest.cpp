#include "publish/foldertransport.h"
#include "publish/remotemanifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright;
using namespace Qt::StringLiterals;

namespace {

ManifestEntry entryFor(const QByteArray &content)
{
    return {QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()),
            content.size()};
}

// A site of `count` files, like a blog's output.
DeployManifest site(int count, const QByteArray &salt = {})
{
    DeployManifest files;
    for (int i = 0; i < count; ++i)
        files.set(u"posts/post-%1/index.html"_s.arg(i), entryFor("post " + QByteArray::number(i) + salt));
    files.set(u"index.html"_s, entryFor("home" + salt));
    return files;
}

QStringList recordFiles(const QString &root)
{
    return QDir(root + u'/' + RemoteManifest::folderName()).entryList(QDir::Files, QDir::Name);
}

std::optional<RemoteManifest> readBack(const QString &root)
{
    FolderTransport transport(root);
    std::optional<RemoteManifest> record;
    const std::optional<TransportError> error = RemoteManifest::read(transport, record);
    if (error)
        qWarning() << error->message;
    return record;
}

} // namespace

class TestRemoteManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstWriteIsBaseAndHead();
    void smallChangeIsOneSmallDelta();
    void deletionsTravelInDeltas();
    void unchangedWritesNothing();
    void manyDeltasAreCompacted();
    void largeDeltaIsCompacted();
    void anotherMachineWroteInBetween();
    void versionOneHeadIsReadAndReplaced();
    void damagedRecord_data();
    void damagedRecord();
    void cacheRoundTrip();
};

void TestRemoteManifest::firstWriteIsBaseAndHead()
{
    QTemporaryDir target;
    FolderTransport transport(target.path());
    std::optional<RemoteManifest> cached;
    qint64 sent = 0;
    QVERIFY(!RemoteManifest::write(transport, cached, site(100), &sent));
    QVERIFY(cached);
    QCOMPARE(cached->files(), site(100));
    QVERIFY(cached->deltas().isEmpty());
    QCOMPARE(recordFiles(target.path()).size(), 1);
    QVERIFY(recordFiles(target.path()).first().startsWith(u"base-"_s));
    QVERIFY(sent > 100 * 64); // every entry went up once
    QCOMPARE(readBack(target.path())->files(), site(100));
}

void TestRemoteManifest::smallChangeIsOneSmallDelta()
{
    QTemporaryDir target;
    FolderTransport transport(target.path());
    std::optional<RemoteManifest> cached;
    QVERIFY(!RemoteManifest::write(transport, cached, site(5000)));

    DeployManifest edited = site(5000);
    edited.set(u"posts/post-42/index.html"_s, entryFor("edited"));
    edited.set(u"posts/new/index.html"_s, entryFor("new post"));
    qint64 sent = 0;
    QVERIFY(!RemoteManifest::write(transport, cached, edited, &sent));
    QVERIFY2(sent < 1024, QByteArray::number(sent)); // not the 400 KB of the whole record
    QCOMPARE(cached->deltas().size(), 1);
    QCOMPARE(recordFiles(target.path()).size(), 2);
    QCOMPARE(readBack(target.path())->files(), edited);
}

void TestRemoteManifest::deletionsTravelInDeltas()
{
    QTemporaryDir target;
    FolderTransport transport(target.path());
    std::optional<RemoteManifest> cached;
    QVERIFY(!RemoteManifest::write(transport, cached, site(500)));
    DeployManifest smaller = site(500);
    smaller.remove(u"posts/post-7/index.html"_s);
    QVERIFY(!RemoteManifest::write(transport, cached, smaller));
    const std::optional<RemoteManifest> back = readBack(target.path());
    QVERIFY(back);
    QVERIFY(!back->files().entry(u"posts/post-7/index.html"_s));
    QCOMPARE(back->files(), smaller);
}

void TestRemoteManifest::unchangedWritesNothing()
{
    QTemporaryDir target;
    FolderTransport transport(target.path());
    std::optional<RemoteManifest> cached;
    QVERIFY(!RemoteManifest::write(transport, cached, site(50)));
    qint64 sent = -1;
    QVERIFY(!RemoteManifest::write(transport, cached, site(50), &sent));
    QCOMPARE(sent, 0);
}

void TestRemoteManifest::manyDeltasAreCompacted()
{
    QTemporaryDir target;
    FolderTransport transport(target.path());
    std::optional<RemoteManifest> cached;
    DeployManifest files = site(2000);
    QVERIFY(!RemoteManifest::write(transport, cached, files));
    const QString firstBase = cached->base();
    for (int i = 0; i < RemoteManifest::MaxDeltas; ++i) {
        files.set(u"posts/post-%1/index.html"_s.arg(i), entryFor("edit " + QByteArray::number(i)));
        QVERIFY(!RemoteManifest::write(transport, cached, files));
    }
    QCOMPARE(cached->deltas().size(), RemoteManifest::MaxDeltas);
    QCOMPARE(cached->base(), firstBase);
    QCOMPARE(readBack(target.path())->files(), files);

    // One more: a fresh base, and the old base and deltas are gone from the server.
    files.set(u"index.html"_s, entryFor("home again"));
    QVERIFY(!RemoteManifest::write(transport, cached, files));
    QVERIFY(cached->deltas().isEmpty());
    QVERIFY(cached->base() != firstBase);
    QCOMPARE(recordFiles(target.path()), QStringList{cached->base().section(u'/', 1)});
    QCOMPARE(readBack(target.path())->files(), files);
}

void TestRemoteManifest::largeDeltaIsCompacted()
{
    QTemporaryDir target;
    FolderTransport transport(target.path());
    std::optional<RemoteManifest> cached;
    QVERIFY(!RemoteManifest::write(transport, cached, site(100)));
    // Every file changed: a delta as big as the base would only make reading slower.
    QVERIFY(!RemoteManifest::write(transport, cached, site(100, "v2")));
    QVERIFY(cached->deltas().isEmpty());
    QCOMPARE(recordFiles(target.path()).size(), 1);
    QCOMPARE(readBack(target.path())->files(), site(100, "v2"));
}

void TestRemoteManifest::anotherMachineWroteInBetween()
{
    QTemporaryDir target;
    FolderTransport transport(target.path());
    std::optional<RemoteManifest> machineA;
    QVERIFY(!RemoteManifest::write(transport, machineA, site(1000)));

    // Machine B, with no cache, reads what is there and adds its change.
    std::optional<RemoteManifest> machineB;
    DeployManifest fromB = site(1000);
    fromB.set(u"posts/from-b/index.html"_s, entryFor("b"));
    QVERIFY(!RemoteManifest::write(transport, machineB, fromB));

    // A's cache is stale: its delta must be made against B's record, or B's post would vanish
    // from the record while A's one edit landed.
    DeployManifest fromA = fromB;
    fromA.set(u"posts/post-1/index.html"_s, entryFor("a"));
    QVERIFY(!RemoteManifest::write(transport, machineA, fromA));
    QCOMPARE(readBack(target.path())->files(), fromA);
    QCOMPARE(machineA->files(), fromA);
    // A's delta follows B's instead of replacing B's chain with its stale one.
    QCOMPARE(machineA->deltas().size(), 2);
    QCOMPARE(machineA->deltas().first(), machineB->deltas().first());
}

void TestRemoteManifest::versionOneHeadIsReadAndReplaced()
{
    QTemporaryDir target;
    QFile head(target.filePath(RemoteManifest::headFileName()));
    QVERIFY(head.open(QIODevice::WriteOnly));
    head.write(site(20).toBytes());
    head.close();
    std::optional<RemoteManifest> record = readBack(target.path());
    QVERIFY(record);
    QCOMPARE(record->files(), site(20));

    FolderTransport transport(target.path());
    DeployManifest edited = site(20);
    edited.set(u"index.html"_s, entryFor("edited"));
    QVERIFY(!RemoteManifest::write(transport, record, edited));
    QVERIFY(!record->base().isEmpty()); // now a version 2 record
    QCOMPARE(readBack(target.path())->files(), edited);
}

void TestRemoteManifest::damagedRecord_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{ nope") << u"damaged"_s;
    QTest::newRow("future version") << QByteArray(R"({"version": 9})") << u"format version 9"_s;
    QTest::newRow("base outside the record folder")
        << QByteArray(R"({"version": 2, "base": "../../etc/passwd", "deltas": []})") << u"no valid base"_s;
    QTest::newRow("missing base")
        << QByteArray(R"({"version": 2, "base": ".postwright-manifest/base-00.json", "deltas": []})")
        << u"base-00.json is missing"_s;
}

void TestRemoteManifest::damagedRecord()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, expected);
    QTemporaryDir target;
    QFile file(target.filePath(RemoteManifest::headFileName()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(head);
    file.close();
    FolderTransport transport(target.path());
    std::optional<RemoteManifest> record;
    const std::optional<TransportError> error = RemoteManifest::read(transport, record);
    QVERIFY(error);
    QCOMPARE(error->kind, TransportError::Kind::Permanent);
    QVERIFY2(error->message.contains(expected), qPrintable(error->message));
    QVERIFY(error->message.contains(RemoteManifest::headFileName()));
}

void TestRemoteManifest::cacheRoundTrip()
{
    QTemporaryDir target;
    QTemporaryDir blog;
    FolderTransport transport(target.path());
    std::optional<RemoteManifest> cached;
    DeployManifest files = site(30);
    QVERIFY(!RemoteManifest::write(transport, cached, files));
    files.set(u"index.html"_s, entryFor("changed"));
    QVERIFY(!RemoteManifest::write(transport, cached, files));

    const QString path = RemoteManifest::cachePath(blog.filePath(u".postwright/deploy/folder:main.json"_s));
    QVERIFY(path.endsWith(u"folder:main.remote.json"_s));
    QVERIFY(cached->saveCache(path).ok());
    Result<std::optional<RemoteManifest>> loaded = RemoteManifest::loadCache(path);
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value());
    QCOMPARE(loaded.value()->files(), files);
    QCOMPARE(loaded.value()->deltas(), cached->deltas());

    // The loaded cache is good enough to write the next delta without reading the record again.
    std::optional<RemoteManifest> reloaded = loaded.value();
    files.set(u"posts/post-3/index.html"_s, entryFor("changed too"));
    qint64 sent = 0;
    QVERIFY(!RemoteManifest::write(transport, reloaded, files, &sent));
    QVERIFY(sent < 1024);
    QCOMPARE(readBack(target.path())->files(), files);

    QVERIFY(!RemoteManifest::loadCache(blog.filePath(u"none.remote.json"_s)).value());
}

QTEST_GUILESS_MAIN(TestRemoteManifest)
#include "tst_remotemanifest.moc"
