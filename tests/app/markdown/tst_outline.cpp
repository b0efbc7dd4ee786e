#include "markdown/outline.h"

#include <QTest>

using namespace Postwright;

using Headings = QList<OutlineHeading>;
Q_DECLARE_METATYPE(Headings)

namespace QTest {
template<>
char *toString(const OutlineHeading &heading)
{
    return qstrdup(QStringLiteral("{%1, \"%2\", line %3}").arg(heading.level).arg(heading.title).arg(heading.line).toUtf8().constData());
}
} // namespace QTest

class TestOutline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headings_data();
    void headings();
};

void TestOutline::headings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Headings>("expected");

    QTest::newRow("atx levels") << "# One\n\n## Two\n\n###### Six\n" << Headings{{1, "One", 1}, {2, "Two", 3}, {6, "Six", 5}};
    QTest::newRow("seven hashes is text") << "####### Seven\n" << Headings{};
    QTest::newRow("no space is text") << "#hashtag\n" << Headings{};
    QTest::newRow("closing hashes") << "## Title ##\n" << Headings{{2, "Title", 1}};
    QTest::newRow("hash inside title kept") << "## C# in depth\n" << Headings{{2, "C# in depth", 1}};
    QTest::newRow("empty heading") << "##\n" << Headings{{2, "", 1}};
    QTest::newRow("up to three spaces") << "   ### Indented\n" << Headings{{3, "Indented", 1}};
    QTest::newRow("four spaces is code") << "Text\n\n    # not a heading\n" << Headings{};
    QTest::newRow("markers removed") << "## The **bold** `code` __way__\n" << Headings{{2, "The bold code way", 1}};
    QTest::newRow("snake_case kept") << "## use_snake_case\n" << Headings{{2, "use_snake_case", 1}};
    QTest::newRow("front matter skipped, lines kept")
        << "---\ntitle: \"# Not a heading\"\n---\n\n# Real\n" << Headings{{1, "Real", 5}};
    QTest::newRow("toml front matter skipped (Hugo)") << "+++\n# comment\n+++\n# Real\n"
                                                      << Headings{{1, "Real", 4}};
    QTest::newRow("backtick fence") << "```\n# comment in code\n```\n## After\n" << Headings{{2, "After", 4}};
    QTest::newRow("tilde fence") << "~~~python\n# comment\n~~~\n# After\n" << Headings{{1, "After", 4}};
    QTest::newRow("longer fence needs longer close") << "````\n```\n# inside\n````\n# out\n" << Headings{{1, "out", 5}};
    QTest::newRow("unclosed fence swallows the rest") << "```\n# a\n# b\n" << Headings{};
    QTest::newRow("setext h1") << "Title\n=====\n" << Headings{{1, "Title", 1}};
    QTest::newRow("setext h2") << "Subtitle\n---\n\nText\n" << Headings{{2, "Subtitle", 1}};
    QTest::newRow("thematic break after blank") << "Text\n\n---\n" << Headings{};
    QTest::newRow("list item then dashes") << "- item\n---\n" << Headings{};
    QTest::newRow("quote then dashes") << "> quoted\n---\n" << Headings{};
    QTest::newRow("crlf") << "# One\r\n\r\nTwo\r\n===\r\n" << Headings{{1, "One", 1}, {1, "Two", 3}};
    QTest::newRow("no trailing newline") << "Intro\n\n## Last" << Headings{{2, "Last", 3}};
    QTest::newRow("unicode") << "## Ça marche — 日本語\n" << Headings{{2, "Ça marche — 日本語", 1}};
}

void TestOutline::headings()
{
    QFETCH(QString, text);
    QFETCH(Headings, expected);
    QCOMPARE(Outline::headings(text), expected);
}

QTEST_GUILESS_MAIN(TestOutline)
#include "tst_outline.moc"
