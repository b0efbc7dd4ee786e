#include "blog/blogsettings.h"

#include <QTest>

using namespace Postwright;
using namespace Qt::StringLiterals;

// blog.yaml's keys as BlogSettings reads them; here the Markdown switches.
class TestBlogSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markdownSwitches_data();
    void markdownSwitches();
    void badMarkdownSwitches_data();
    void badMarkdownSwitches();
};

void TestBlogSettings::markdownSwitches_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<bool>("math");
    QTest::addColumn<bool>("rawHtml");

    QTest::newRow("defaults") << u"title: A\n"_s << false << false;
    QTest::newRow("empty file") << QString() << false << false;
    QTest::newRow("both on") << u"markdown:\n  math: true\n  raw_html: true\n"_s << true << true;
    QTest::newRow("math only") << u"markdown:\n  math: true\n"_s << true << false;
    QTest::newRow("raw HTML only") << u"markdown:\n  raw_html: true\n"_s << false << true;
    QTest::newRow("explicitly off") << u"markdown:\n  math: false\n  raw_html: false\n"_s << false << false;
    QTest::newRow("flow style") << u"markdown: {math: true, raw_html: false}\n"_s << true << false;
    QTest::newRow("YAML 1.1 words") << u"markdown:\n  math: yes\n  raw_html: on\n"_s << true << true;
    QTest::newRow("top-level math (Hugo)") << u"math: true\n"_s << true << false;
    QTest::newRow("markdown.math wins over top-level")
        << u"math: true\nmarkdown:\n  math: false\n"_s << false << false;
    QTest::newRow("empty markdown section") << u"markdown:\ntitle: A\n"_s << false << false;
    QTest::newRow("null values") << u"math: ~\nmarkdown:\n  raw_html: null\n"_s << false << false;
    QTest::newRow("unknown keys in the section")
        << u"markdown:\n  math: true\n  footnotes: true\n"_s << true << false;
}

void TestBlogSettings::markdownSwitches()
{
    QFETCH(QString, yaml);
    QFETCH(bool, math);
    QFETCH(bool, rawHtml);

    const Result<BlogSettings> settings = BlogSettings::parse(yaml, u"blog.yaml"_s);
    QVERIFY2(settings.ok(), settings.ok() ? "" : qPrintable(settings.error().toString()));
    QCOMPARE(settings.value().math, math);
    QCOMPARE(settings.value().rawHtml, rawHtml);
}

void TestBlogSettings::badMarkdownSwitches_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("math not a boolean")
        << u"title: A\nmarkdown:\n  math: maybe\n"_s << 3 << 9 << u"markdown.math"_s;
    QTest::newRow("raw_html a number")
        << u"markdown:\n  raw_html: 2\n"_s << 2 << 13 << u"markdown.raw_html"_s;
    QTest::newRow("raw_html a list") << u"markdown:\n  raw_html:\n    - true\n"_s << 3 << 5
                                     << u"true or false"_s;
    QTest::newRow("top-level math a map") << u"math:\n  enable: true\n"_s << 2 << 3 << u"\u201cmath\u201d"_s;
    QTest::newRow("markdown a scalar") << u"title: A\nmarkdown: true\n"_s << 2 << 11 << u"markdown"_s;
    QTest::newRow("markdown a list") << u"markdown:\n  - math\n"_s << 2 << 3 << u"math: true"_s;
}

void TestBlogSettings::badMarkdownSwitches()
{
    QFETCH(QString, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);

    const Result<BlogSettings> settings = BlogSettings::parse(yaml, u"blog.yaml"_s);
    QVERIFY(!settings.ok());
    QCOMPARE(settings.error().file, u"blog.yaml"_s);
    QCOMPARE(settings.error().line, line);
    QCOMPARE(settings.error().column, column);
    QVERIFY2(settings.error().message.contains(messagePart), qPrintable(settings.error().message));
}

QTEST_GUILESS_MAIN(TestBlogSettings)

#include "tst_blogsettings.moc"
