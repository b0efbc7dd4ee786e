#include "blog/postdocument.h"

#include <QTest>

using namespace Postwright;

class TestPostDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsByteIdentical_data();
    void roundTripIsByteIdentical();
    void editingBodyKeepsFrontMatterBytes_data();
    void editingBodyKeepsFrontMatterBytes();
    void editorTextHasLfAndNoBom();
    void invalidUtf8IsReportedWithLine();
};

namespace {

void addConsistentRows()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<bool>("bom");

    const QByteArray post = "---\n# a comment\ntitle: \"Caches\"   # trailing comment\nzeta: 1\nalpha: [b, a]\n"
                            "categories:\n    - Design\n---\n\n## Section\n\nText with *emphasis*.\n";
    QByteArray crlf = post;
    crlf.replace("\n", "\r\n");
    QTest::newRow("lf") << post << false << false;
    QTest::newRow("crlf") << crlf << true << false;
    QTest::newRow("bom lf") << QByteArray("\xEF\xBB\xBF" + post) << false << true;
    QTest::newRow("bom crlf") << QByteArray("\xEF\xBB\xBF" + crlf) << true << true;
    QTest::newRow("no final newline") << QByteArray("---\ntitle: A\n---\nend") << false << false;
}

void addRoundTripRows()
{
    addConsistentRows();
    QTest::newRow("mixed endings") << QByteArray("---\r\ntitle: A\n---\nline\nline\r\n") << false << false;
    QTest::newRow("empty") << QByteArray() << false << false;
    QTest::newRow("invalid utf-8") << QByteArray("---\ntitle: A\n---\nbad \xC3\x28 byte\n") << false << false;
    QTest::newRow("lone cr") << QByteArray("a\rb\n") << false << false;
}

} // namespace

void TestPostDocument::roundTripIsByteIdentical_data()
{
    addRoundTripRows();
}

void TestPostDocument::roundTripIsByteIdentical()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, crlf);
    QFETCH(bool, bom);
    const PostDocument doc = PostDocument::fromBytes(bytes);
    QCOMPARE(doc.hasBom(), bom);
    QCOMPARE(doc.lineEnding() == PostDocument::LineEnding::CrLf, crlf);
    QCOMPARE(doc.toBytes(doc.text()), bytes);
    // A copy of the text (not the same QString) must compare equal too.
    QCOMPARE(doc.toBytes(QString(doc.text().constData(), doc.text().size())), bytes);
}

void TestPostDocument::editingBodyKeepsFrontMatterBytes_data()
{
    addConsistentRows();
}

void TestPostDocument::editingBodyKeepsFrontMatterBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, crlf);
    QFETCH(bool, bom);
    const PostDocument doc = PostDocument::fromBytes(bytes);
    const QString edited = doc.text() + QStringLiteral("\nA new paragraph.\n");
    const QByteArray saved = doc.toBytes(edited);

    const QByteArray newline = crlf ? "\r\n" : "\n";
    QCOMPARE(saved, bytes + newline + "A new paragraph." + newline);
    QCOMPARE(saved.startsWith("\xEF\xBB\xBF"), bom);
}

void TestPostDocument::editorTextHasLfAndNoBom()
{
    const PostDocument doc = PostDocument::fromBytes("\xEF\xBB\xBF---\r\ntitle: A\r\n---\r\nBody\r\n");
    QCOMPARE(doc.text(), QStringLiteral("---\ntitle: A\n---\nBody\n"));
    QVERIFY(!doc.encodingError());
}

void TestPostDocument::invalidUtf8IsReportedWithLine()
{
    const PostDocument doc = PostDocument::fromBytes("---\ntitle: A\n---\nfine\nbad \xFF here\n", QStringLiteral("p.md"));
    QVERIFY(doc.encodingError().has_value());
    QCOMPARE(doc.encodingError()->file, QStringLiteral("p.md"));
    QCOMPARE(doc.encodingError()->line, 5);
    QCOMPARE(doc.encodingError()->column, 5);
    QVERIFY(doc.text().contains(QChar::ReplacementCharacter));
    QVERIFY(doc.text().startsWith(QStringLiteral("---\ntitle: A\n---\nfine\n")));
}

QTEST_GUILESS_MAIN(TestPostDocument)
#include "tst_postdocument.moc"
