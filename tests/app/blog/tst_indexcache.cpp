#include "blog/indexcache.h"
#include "testblog.h"

#include <QDataStream>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace Postwright;
using namespace Qt::StringLiterals;

namespace {

const QString root = u"/blog"_s;
// Well before any cache written by a test: entries this old are trusted (see IndexCache::find()).
const QDateTime longAgo = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123);

Post samplePost(const QString &relative)
{
    Post post;
    post.relativePath = relative;
    post.filePath = root + u'/' + relative;
    post.fileSize = 1234;
    post.fileModified = longAgo;
    post.isBundle = relative.endsWith(u"/index.md"_s);
    post.metadata.title = u"Zürich — naïve café"_s;
    post.metadata.date = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::OffsetFromUTC, 7200);
    post.metadata.updated = QDateTime(QDate(2024, 6, 2), QTime(8, 30), Qt::UTC);
    post.metadata.draft = true;
    post.metadata.categories = {u"Design"_s, u"Notes"_s};
    post.metadata.tags = {u"go"_s, u"rust"_s};
    post.metadata.summary = u"One line."_s;
    post.metadata.slug = u"zurich"_s;
    post.metadata.cover = u"cover.png"_s;
    post.metadata.aliases = {u"/old/zurich/"_s};
    post.metadata.unknownKeys = {u"weight"_s, u"series"_s};
    return post;
}

// A valid cache file's bytes: one post with an error, one bundle.
QByteArray validBytes()
{
    IndexCache cache;
    cache.insert(samplePost(u"posts/a.md"_s));
    Post broken = samplePost(u"posts/b/index.md"_s);
    broken.metadata = {};
    broken.error = SourceError{u"posts/b/index.md"_s, 3, 7, u"Duplicate key"_s};
    cache.insert(broken);
    return cache.toBytes();
}

} // namespace

class TestIndexCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryField();
    void findChecksSizeAndTime_data();
    void findChecksSizeAndTime();
    void recentlyModifiedFileIsNotTrusted();
    void unusableBytesReadAsEmpty_data();
    void unusableBytesReadAsEmpty();
    void foreignAppVersionIsIgnored();
    void saveWritesFileAndGitignore();
    void missingFileIsEmpty();
};

void TestIndexCache::roundTripKeepsEveryField()
{
    const IndexCache cache = IndexCache::fromBytes(validBytes(), root);
    QCOMPARE(cache.size(), 2);
    const Post expected = samplePost(u"posts/a.md"_s);
    const Post *a = cache.find(u"posts/a.md"_s, expected.fileSize, longAgo.toMSecsSinceEpoch());
    QVERIFY(a);
    QCOMPARE(a->filePath, expected.filePath);
    QCOMPARE(a->relativePath, expected.relativePath);
    QCOMPARE(a->fileSize, expected.fileSize);
    QCOMPARE(a->fileModified, expected.fileModified);
    QCOMPARE(a->kind, Post::Kind::Post);
    QVERIFY(!a->isBundle);
    QVERIFY(!a->error);
    QVERIFY(a->metadata == expected.metadata);
    QCOMPARE(a->metadata.date.offsetFromUtc(), 7200); // the written offset, not just the instant
    QCOMPARE(a->metadata.unknownKeys, expected.metadata.unknownKeys);

    const Post *b = cache.find(u"posts/b/index.md"_s, expected.fileSize, longAgo.toMSecsSinceEpoch());
    QVERIFY(b);
    QVERIFY(b->isBundle);
    QVERIFY(b->error.has_value());
    QCOMPARE(*b->error, (SourceError{u"posts/b/index.md"_s, 3, 7, u"Duplicate key"_s}));
}

void TestIndexCache::findChecksSizeAndTime_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("modifiedMs");
    QTest::addColumn<bool>("found");

    const qint64 ms = longAgo.toMSecsSinceEpoch();
    QTest::newRow("same size and time") << u"posts/a.md"_s << qint64(1234) << ms << true;
    QTest::newRow("other size") << u"posts/a.md"_s << qint64(1235) << ms << false;
    QTest::newRow("same size, other time") << u"posts/a.md"_s << qint64(1234) << ms + 1 << false;
    QTest::newRow("same size, older time") << u"posts/a.md"_s << qint64(1234) << ms - 1000 << false;
    QTest::newRow("unknown file") << u"posts/c.md"_s << qint64(1234) << ms << false;
    QTest::newRow("path is case-sensitive") << u"posts/A.md"_s << qint64(1234) << ms << false;
}

void TestIndexCache::findChecksSizeAndTime()
{
    QFETCH(QString, path);
    QFETCH(qint64, size);
    QFETCH(qint64, modifiedMs);
    const IndexCache cache = IndexCache::fromBytes(validBytes(), root);
    QTEST(cache.find(path, size, modifiedMs) != nullptr, "found");
}

void TestIndexCache::recentlyModifiedFileIsNotTrusted()
{
    // Saved just before the cache was written: a second save in the same millisecond (or on a
    // file system with a coarse clock) would leave size and time alone, so the entry is re-read.
    IndexCache cache;
    Post post = samplePost(u"posts/a.md"_s);
    post.fileModified = QDateTime::currentDateTime().addMSecs(-500);
    cache.insert(post);
    const IndexCache loaded = IndexCache::fromBytes(cache.toBytes(), root);
    QCOMPARE(loaded.size(), 1);
    QVERIFY(!loaded.find(u"posts/a.md"_s, post.fileSize, post.fileModified.toMSecsSinceEpoch()));
}

void TestIndexCache::unusableBytesReadAsEmpty_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const QByteArray valid = validBytes();
    QTest::newRow("empty") << QByteArray();
    for (const qsizetype cut : {2, 4, 8, 20, 40}) // inside the header
        QTest::addRow("truncated to %lld bytes", qlonglong(cut)) << valid.left(cut);
    QTest::newRow("truncated by half") << valid.left(valid.size() / 2);
    QTest::newRow("last byte missing") << valid.chopped(1);

    QByteArray garbage(valid.size(), Qt::Uninitialized);
    QRandomGenerator generator(42); // the same garbage every run
    for (char &c : garbage)
        c = char(generator.bounded(256));
    QTest::newRow("garbage") << garbage;
    QTest::newRow("text") << QByteArray("title: not a cache\n");

    QByteArray otherFormat = valid;
    otherFormat[7] = char(otherFormat.at(7) + 1); // the format version, big-endian after the magic
    QTest::newRow("other format version") << otherFormat;

    QByteArray flipped = valid;
    flipped[valid.size() / 2] = char(~flipped.at(valid.size() / 2)); // inside the payload
    QTest::newRow("one byte damaged") << flipped;
}

void TestIndexCache::unusableBytesReadAsEmpty()
{
    QFETCH(QByteArray, bytes);
    const IndexCache cache = IndexCache::fromBytes(bytes, root);
    QCOMPARE(cache.size(), 0);
    QVERIFY(!cache.find(u"posts/a.md"_s, 1234, longAgo.toMSecsSinceEpoch()));
}

void TestIndexCache::foreignAppVersionIsIgnored()
{
    // Written by another Postwright: its parser may read front matter differently.
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    QDataStream in(validBytes());
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, format = 0;
    QString version;
    qint64 writtenAt = 0;
    QByteArray payload, sum;
    in >> magic >> format >> version >> writtenAt >> payload >> sum;
    QCOMPARE(in.status(), QDataStream::Ok);
    QCOMPARE(IndexCache::fromBytes(validBytes(), root).size(), 2); // the parts above are right
    out << magic << format << (version + u".1"_s) << writtenAt << payload << sum;
    QCOMPARE(IndexCache::fromBytes(bytes, root).size(), 0);
}

void TestIndexCache::saveWritesFileAndGitignore()
{
    Test::TestBlog blog;
    const QString file = IndexCache::filePath(blog.path(u".postwright"_s));
    QCOMPARE(file, blog.path(u".postwright/index.cache"_s));
    IndexCache cache;
    cache.insert(samplePost(u"posts/a.md"_s));
    const Result<void> saved = cache.save(file);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    QVERIFY(blog.read(u".postwright/.gitignore"_s).contains("\n*\n"));
    const IndexCache loaded = IndexCache::load(file, blog.root());
    QCOMPARE(loaded.size(), 1);
    const Post *post = loaded.find(u"posts/a.md"_s, 1234, longAgo.toMSecsSinceEpoch());
    QVERIFY(post);
    QCOMPARE(post->filePath, blog.path(u"posts/a.md"_s));
}

void TestIndexCache::missingFileIsEmpty()
{
    Test::TestBlog blog;
    QCOMPARE(IndexCache::load(blog.path(u".postwright/index.cache"_s), blog.root()).size(), 0);
}

QTEST_GUILESS_MAIN(TestIndexCache)
#include "tst_indexcache.moc"
