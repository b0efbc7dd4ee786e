#include "clirun.h"
#include "testblog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Postwright::Test;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(POSTWRIGHT_SOURCE_DIR "/tests/cli/data/") + name;
}

} // namespace

// `postwright-cli check`: every post's front matter and every link, without a build, on the
// fixtures of tests/cli/data (links-native, links-hugo: a few links of each kind, some broken) and
// the repository's other sample sites, which must pass.
class TestCliCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brokenLinksAreNamedWithTheirPlace_data();
    void brokenLinksAreNamedWithTheirPlace();
    void onlyTheBrokenLinksAreReported_data();
    void onlyTheBrokenLinksAreReported();
    void sitesWithoutBrokenLinksPass_data();
    void sitesWithoutBrokenLinksPass();
    void removingALinkedPostBreaksTheLink();
    void jsonHasTheDocumentedFields();
    void jsonListsFrontMatterErrors();
    void quietPrintsOnlyTheFindings();
};

void TestCliCheck::brokenLinksAreNamedWithTheirPlace_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("place");   // file:line:column: as the user can open it
    QTest::addColumn<QString>("message"); // a part of the message
    QTest::newRow("site path of no post") << u"links-native"_s << u"posts/first.md:11:29:"_s
                                          << u"/2024/gone/ leads to no page or file of the site"_s;
    QTest::newRow("image missing from static/") << u"links-native"_s << u"posts/first.md:13:18:"_s
                                                << u"image /images/missing.png is not a file of the site"_s;
    QTest::newRow("relative .md link") << u"links-native"_s << u"posts/first.md:15:14:"_s
                                       << u"missing.md leads to no post or page (no file posts/missing.md)"_s;
    QTest::newRow("relative image") << u"links-native"_s << u"posts/first.md:15:43:"_s
                                    << u"image pics/nothing.png does not exist"_s;
    QTest::newRow("reference definition")
        << u"links-native"_s << u"posts/first.md:17:8:"_s << u"/2023/old-post/"_s;
    QTest::newRow("raw HTML img in a page")
        << u"links-native"_s << u"pages/about.md:4:27:"_s << u"image /images/nope.png"_s;
    QTest::newRow("hugo: relative .md link")
        << u"links-hugo"_s << u"content/posts/a.md:8:19:"_s << u"nothere.md leads to no post or page"_s;
    QTest::newRow("hugo: bundle-relative image")
        << u"links-hugo"_s << u"content/posts/a.md:8:42:"_s << u"image missing.png does not exist"_s;
}

void TestCliCheck::brokenLinksAreNamedWithTheirPlace()
{
    QFETCH(QString, site);
    QFETCH(QString, place);
    QFETCH(QString, message);
    const CliRun run = runCli({u"check"_s}, fixture(site));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QString());
    const QStringList lines = run.out.split(u'\n');
    const bool found = std::ranges::any_of(
        lines, [&](const QString &line) { return line.startsWith(place) && line.contains(message); });
    QVERIFY2(found, qPrintable(place + u' ' + message + u" not in:\n"_s + run.out));
}

void TestCliCheck::onlyTheBrokenLinksAreReported_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<int>("broken");
    QTest::addColumn<int>("checked");
    // links-native's working links: site paths of posts, pages (with the base URL's path and a
    // fragment), the site's own absolute URL, a bundle's file, static files, list pages and feeds,
    // .md files; skipped: fragments, web and mailto links, code.
    QTest::newRow("native") << u"links-native"_s << 6 << 18;
    // links-hugo's working links: .md files, theme and section paths its generator makes, a ref shortcode.
    QTest::newRow("hugo") << u"links-hugo"_s << 2 << 7;
}

void TestCliCheck::onlyTheBrokenLinksAreReported()
{
    QFETCH(QString, site);
    const CliRun run = runCli({u"check"_s, u"--json"_s, fixture(site)});
    QCOMPARE(run.exitCode, 1);
    QString why;
    const QJsonObject json = parseJson(run.out, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QTEST(int(json.value(u"links").toArray().size()), "broken");
    QTEST(json.value(u"linksChecked").toInt(), "checked");
    QCOMPARE(json.value(u"errors").toArray().size(), 0);
}

void TestCliCheck::sitesWithoutBrokenLinksPass_data()
{
    QTest::addColumn<QString>("site");
    QTest::newRow("sample blog") << u"resources/sample-blog"_s;
    QTest::newRow("hugo site") << u"tests/app/blog/data/hugo-site"_s;
    QTest::newRow("hugo sections") << u"tests/app/site/data/hugo-sections"_s;
    QTest::newRow("hugo publish") << u"tests/app/publish/data/hugo-site"_s;
    QTest::newRow("jekyll site") << u"tests/app/blog/data/jekyll-site"_s;
    QTest::newRow("jekyll layout") << u"tests/app/site/data/jekyll-layout"_s;
    QTest::newRow("jekyll publish") << u"tests/app/publish/data/jekyll-site"_s;
}

void TestCliCheck::sitesWithoutBrokenLinksPass()
{
    QFETCH(QString, site);
    const CliRun run = runCli({u"check"_s, u"--json"_s, QStringLiteral(POSTWRIGHT_SOURCE_DIR "/") + site});
    QString why;
    const QJsonObject json = parseJson(run.out, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY2(json.value(u"links").toArray().isEmpty(), qPrintable(run.out));
    QVERIFY(json.value(u"posts").toInt() > 0);
    if (site == u"resources/sample-blog") {
        QCOMPARE(run.exitCode, 0);
        QVERIFY(json.value(u"linksChecked").toInt() >= 5); // its posts link to each other and a bundle image
        QCOMPARE(json.value(u"ok").toBool(), true);
    }
}

void TestCliCheck::removingALinkedPostBreaksTheLink()
{
    TestBlog blog;
    blog.writePost(u"posts/a.md"_s, u"A"_s, u"2024-05-01"_s, {}, false,
                   "See [b](/posts/b/) and [b's file](b.md).\n");
    blog.writePost(u"posts/b.md"_s, u"B"_s, u"2024-05-02"_s);
    const CliRun fine = runCli({u"check"_s, blog.root()});
    QCOMPARE(fine.exitCode, 0);
    QVERIFY2(fine.out.endsWith(u"links: 2, broken: 0.\n"), qPrintable(fine.out));

    QVERIFY(blog.remove(u"posts/b.md"_s));
    const CliRun broken = runCli({u"check"_s}, blog.root());
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(
        broken.out.startsWith(u"posts/a.md:5:9: The link /posts/b/ leads to no page or file of the site.\n"
                              "posts/a.md:5:35: The link b.md leads to no post or page"_s),
        qPrintable(broken.out));
}

void TestCliCheck::jsonHasTheDocumentedFields()
{
    const CliRun run = runCli({u"check"_s, u"--json"_s}, fixture(u"links-native"_s));
    QCOMPARE(run.exitCode, 1);
    QString why;
    const QJsonObject json = parseJson(run.out, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(json.value(u"command").toString(), u"check"_s);
    QCOMPARE(json.value(u"ok").toBool(true), false);
    QCOMPARE(json.value(u"exitCode").toInt(), 1);
    QCOMPARE(json.value(u"blog").toString(), u"."_s);
    QCOMPARE(json.value(u"posts").toInt(), 2);
    QCOMPARE(json.value(u"pages").toInt(), 1);
    QVERIFY(json.value(u"errors").isArray());
    const QJsonObject first = json.value(u"links").toArray().first().toObject();
    QCOMPARE(first.value(u"file").toString(), u"pages/about.md"_s);
    QCOMPARE(first.value(u"line").toInt(), 4);
    QCOMPARE(first.value(u"column").toInt(), 27);
    QVERIFY(first.value(u"message").toString().contains(u"/images/nope.png"));
    // The findings and the summary went to stderr, out of jq's way.
    QVERIFY2(run.err.contains(u"pages/about.md:4:27:"), qPrintable(run.err));
}

void TestCliCheck::jsonListsFrontMatterErrors()
{
    TestBlog blog;
    blog.writePost(u"posts/good.md"_s, u"Good"_s, u"2024-05-01"_s);
    blog.write(u"posts/broken.md"_s, "---\ntitle: A\ntitle: B\n---\nBody\n");
    blog.write(u"pages/broken-page.md"_s, "---\ntitle: [unclosed\n---\n");
    const CliRun run = runCli({u"--json"_s, u"check"_s}, blog.root());
    QCOMPARE(run.exitCode, 1);
    QString why;
    const QJsonObject json = parseJson(run.out, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const QJsonArray errors = json.value(u"errors").toArray();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).toObject().value(u"file").toString(), u"pages/broken-page.md"_s);
    QCOMPARE(errors.at(1).toObject().value(u"file").toString(), u"posts/broken.md"_s);
    QCOMPARE(errors.at(1).toObject().value(u"line").toInt(), 3);
    QCOMPARE(json.value(u"links").toArray().size(), 0);
}

void TestCliCheck::quietPrintsOnlyTheFindings()
{
    const CliRun clean = runCli({u"check"_s, u"-q"_s, sampleBlogSourcePath()});
    QCOMPARE(clean.exitCode, 0);
    QCOMPARE(clean.out, QString());
    QCOMPARE(clean.err, QString());

    const CliRun broken = runCli({u"--quiet"_s, u"check"_s}, fixture(u"links-hugo"_s));
    QCOMPARE(broken.exitCode, 1);
    QCOMPARE(broken.out.count(u'\n'), 2); // the two broken links, no summary
    QVERIFY2(broken.out.startsWith(u"content/posts/a.md:8:19:"), qPrintable(broken.out));
}

QTEST_GUILESS_MAIN(TestCliCheck)

#include "tst_clicheck.moc"
