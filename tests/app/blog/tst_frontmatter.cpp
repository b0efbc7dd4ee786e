#include "blog/frontmatter.h"

#include <QTest>

using namespace Postwright;

class TestFrontMatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void validMetadata_data();
    void validMetadata();
    void errors_data();
    void errors();
    void parseDate_data();
    void parseDate();
};

void TestFrontMatter::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hasFrontMatter");
    QTest::addColumn<bool>("unclosed");
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<int>("bodyFirstLine");
    QTest::addColumn<QString>("body");

    QTest::newRow("none") << "# Title\ntext\n" << false << false << "" << 1 << "# Title\ntext\n";
    QTest::newRow("empty file") << "" << false << false << "" << 1 << "";
    QTest::newRow("simple") << "---\ntitle: A\n---\nBody\n" << true << false << "title: A\n" << 4 << "Body\n";
    QTest::newRow("dots close") << "---\ntitle: A\n...\nBody" << true << false << "title: A\n" << 4 << "Body";
    QTest::newRow("empty block") << "---\n---\nBody" << true << false << "" << 3 << "Body";
    QTest::newRow("trailing spaces on delimiters") << "---  \na: 1\n--- \nB" << true << false << "a: 1\n" << 4 << "B";
    QTest::newRow("no body, no newline") << "---\na: 1\n---" << true << false << "a: 1\n" << 4 << "";
    QTest::newRow("thematic break later is body") << "Intro\n---\nmore" << false << false << "" << 1 << "Intro\n---\nmore";
    QTest::newRow("four dashes is not a delimiter") << "----\na: 1\n---\n" << false << false << "" << 1 << "----\na: 1\n---\n";
    QTest::newRow("unclosed") << "---\ntitle: A\nBody\n" << true << true << "" << 1 << "---\ntitle: A\nBody\n";
    QTest::newRow("only opener") << "---" << true << true << "" << 1 << "---";
}

void TestFrontMatter::split()
{
    QFETCH(QString, text);
    QFETCH(bool, hasFrontMatter);
    QFETCH(bool, unclosed);
    QFETCH(QString, yaml);
    QFETCH(int, bodyFirstLine);
    QFETCH(QString, body);

    const FrontMatterSplit s = FrontMatter::split(text);
    QCOMPARE(s.hasFrontMatter, hasFrontMatter);
    QCOMPARE(s.unclosed, unclosed);
    QCOMPARE(s.yaml, yaml);
    QCOMPARE(s.bodyFirstLine, bodyFirstLine);
    QCOMPARE(text.mid(s.bodyOffset), body);
}

void TestFrontMatter::validMetadata_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<bool>("draft");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QStringList>("unknownKeys");

    QTest::newRow("all known keys")
        << "---\ntitle: \"Rate limits: a field guide\"\ndate: 2026-03-01\nupdated: 2026-04-02T10:00:00Z\n"
           "draft: false\ncategories: [Design, Backend]\ntags:\n  - redis\n  - go\nsummary: Short.\n"
           "slug: rate-limits\ncover: cover.png\naliases: [/old/]\n---\nBody\n"
        << "Rate limits: a field guide" << QStringList{"Design", "Backend"} << QStringList{"redis", "go"}
        << false << "Short." << QStringList{};
    QTest::newRow("no front matter") << "Just text\n" << "" << QStringList{} << QStringList{} << false << ""
                                     << QStringList{};
    QTest::newRow("empty file") << "" << "" << QStringList{} << QStringList{} << false << "" << QStringList{};
    QTest::newRow("empty block") << "---\n---\n" << "" << QStringList{} << QStringList{} << false << ""
                                 << QStringList{};
    QTest::newRow("only a comment") << "---\n# nothing yet\n---\n" << "" << QStringList{} << QStringList{}
                                    << false << "" << QStringList{};
    QTest::newRow("single category as text") << "---\ncategories: Design\n---\n" << "" << QStringList{"Design"}
                                             << QStringList{} << false << "" << QStringList{};
    QTest::newRow("jekyll singular category") << "---\ncategory: Tutorials\n---\n" << "" << QStringList{"Tutorials"}
                                              << QStringList{} << false << "" << QStringList{};
    QTest::newRow("description stands in for summary")
        << "---\ndescription: From description\n---\n" << "" << QStringList{} << QStringList{} << false
        << "From description" << QStringList{};
    QTest::newRow("summary wins over description")
        << "---\ndescription: D\nsummary: S\n---\n" << "" << QStringList{} << QStringList{} << false << "S"
        << QStringList{};
    QTest::newRow("draft yes") << "---\ndraft: yes\n---\n" << "" << QStringList{} << QStringList{} << true << ""
                               << QStringList{};
    QTest::newRow("unknown keys in order")
        << "---\nseries: Deploys\ntitle: T\nlayout: post\nweight: 3\n---\n" << "T" << QStringList{}
        << QStringList{} << false << "" << QStringList{"series", "layout", "weight"};
    QTest::newRow("null values") << "---\ntitle:\ntags:\ndraft:\n---\n" << "" << QStringList{} << QStringList{}
                                 << false << "" << QStringList{};
    QTest::newRow("unicode") << "---\ntitle: \"Über Caches — naïve ≠ fast 🚀\"\n---\n"
                             << QString::fromUtf8("Über Caches — naïve ≠ fast 🚀") << QStringList{}
                             << QStringList{} << false << "" << QStringList{};
}

void TestFrontMatter::validMetadata()
{
    QFETCH(QString, text);
    const Result<ParsedFrontMatter> parsed = FrontMatter::parse(text, QStringLiteral("post.md"));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
    const PostMetadata &meta = parsed.value().metadata;
    QTEST(meta.title, "title");
    QTEST(meta.categories, "categories");
    QTEST(meta.tags, "tags");
    QTEST(meta.draft, "draft");
    QTEST(meta.summary, "summary");
    QTEST(meta.unknownKeys, "unknownKeys");
}

void TestFrontMatter::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unclosed block") << "---\ntitle: A\n\nBody text\n" << 1 << 1 << "never closed";
    QTest::newRow("unclosed flow list") << "---\ntitle: A\ntags: [a, b\n---\nBody\n" << 3 << 12 << "Invalid YAML";
    QTest::newRow("unclosed map, blank lines after") << "---\nx: {a: 1\n\n\n---\n" << 2 << 9 << "Invalid YAML";
    QTest::newRow("bad indentation") << "---\ntitle: A\n  date: 2020-01-01\n---\n" << 3 << 7 << "Invalid YAML";
    QTest::newRow("text after quote") << "---\ntitle: \"Open\" door\n---\nx\n" << 2 << 15 << "Invalid YAML";
    QTest::newRow("tab indentation") << "---\ntitle: A\ntags:\n\t- x\n---\n" << 4 << 1 << "tab";
    QTest::newRow("tab after spaces") << "---\ntags:\n  \t- x\n---\n" << 3 << 3 << "tab";
    QTest::newRow("duplicate key") << "---\ntitle: A\ndate: 2020-01-01\ntitle: B\n---\n" << 4 << 1 << "twice";
    QTest::newRow("duplicate unknown key") << "---\nseries: A\nseries: B\n---\n" << 3 << 1 << "line 2";
    QTest::newRow("not a mapping") << "---\n- a\n- b\n---\n" << 2 << 1 << "key: value";
    QTest::newRow("plain scalar") << "---\njust words\n---\n" << 2 << 1 << "key: value";
    QTest::newRow("date not a date") << "---\ntitle: A\ndate: yesterday\n---\n" << 3 << 7 << "not a date";
    QTest::newRow("impossible date") << "---\ndate: 2026-02-30\n---\n" << 2 << 7 << "not a date";
    QTest::newRow("draft not boolean") << "---\ndraft: maybe\n---\n" << 2 << 8 << "true or false";
    QTest::newRow("title is a list") << "---\ntitle: [a, b]\n---\n" << 2 << 8 << "should be text";
    QTest::newRow("tags is a map") << "---\ntags:\n  a: 1\n---\n" << 3 << 3 << "should be a list";
    QTest::newRow("nested list in categories") << "---\ncategories:\n  - [a]\n---\n" << 3 << 5 << "should be text";
}

void TestFrontMatter::errors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);

    const Result<ParsedFrontMatter> parsed = FrontMatter::parse(text, QStringLiteral("posts/a.md"));
    QVERIFY(!parsed.ok());
    const SourceError &error = parsed.error();
    QCOMPARE(error.file, QStringLiteral("posts/a.md"));
    QVERIFY2(error.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY(error.toString().startsWith(QStringLiteral("posts/a.md:%1:%2: ").arg(line).arg(column)));
}

void TestFrontMatter::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    const QDate day(2026, 5, 1);
    QTest::newRow("date only is UTC midnight") << "2026-05-01" << QDateTime(day, QTime(0, 0), Qt::UTC);
    QTest::newRow("single digits") << "2026-5-1" << QDateTime(day, QTime(0, 0), Qt::UTC);
    QTest::newRow("iso Z") << "2026-05-01T09:30:00Z" << QDateTime(day, QTime(9, 30), Qt::UTC);
    QTest::newRow("iso offset") << "2026-05-01T09:30:00+02:00"
                                << QDateTime(day, QTime(9, 30), Qt::OffsetFromUTC, 7200);
    QTest::newRow("no seconds") << "2026-05-01T09:30" << QDateTime(day, QTime(9, 30), Qt::UTC);
    QTest::newRow("fraction") << "2026-05-01T09:30:00.25Z" << QDateTime(day, QTime(9, 30, 0, 250), Qt::UTC);
    QTest::newRow("jekyll style") << "2026-05-01 09:30:00 -0500"
                                  << QDateTime(day, QTime(9, 30), Qt::OffsetFromUTC, -5 * 3600);
    QTest::newRow("yaml space form") << "2026-05-01 09:30:00" << QDateTime(day, QTime(9, 30), Qt::UTC);
    QTest::newRow("garbage") << "soon" << QDateTime();
    QTest::newRow("bad month") << "2026-13-01" << QDateTime();
    QTest::newRow("bad hour") << "2026-05-01T25:00" << QDateTime();
    QTest::newRow("empty") << "" << QDateTime();
}

void TestFrontMatter::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = FrontMatter::parseDate(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.offsetFromUtc(), expected.offsetFromUtc());
    }
}

QTEST_GUILESS_MAIN(TestFrontMatter)
#include "tst_frontmatter.moc"
