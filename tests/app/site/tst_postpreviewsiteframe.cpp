#include "site/postpreview.h"

#include <QTest>

using namespace Postwright;
using namespace Qt::StringLiterals;

// PostPreview's frame for the preview in a site's own style (PostPreview::Frame::Site): markup
// that Hugo and Jekyll themes style, the body between the markers the preview patches, front
// matter shown as text only. (The theme's frame is tst_postpreview's.)
class TstPostPreviewSiteFrame : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frame_data();
    void frame();
    void bodyIsTheSameAsInTheThemesFrame();
};

void TstPostPreviewSiteFrame::frame_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("lacks");

    QTest::newRow("title and date")
        << u"---\ntitle: Hello\ndate: 2026-03-01\n---\n\nWords.\n"_s
        << QStringList{u"<article class=\"post h-entry\">\n<header class=\"post-header\">\n<h1 class=\"post-title p-name\">Hello</h1>"_s,
                       u"<time class=\"dt-published\" datetime=\"2026-03-01"_s,
                       u"<div class=\"post-content e-content\">\n<!--postwright-content--><p data-sourcepos=\"6:1-6:6\">Words.</p>"_s,
                       u"<!--/postwright-content-->\n</div>\n</article>"_s}
        << QStringList{u"sr-only"_s, u"post-cover"_s, u"min read"_s, u"<main"_s};
    QTest::newRow("no date") << u"---\ntitle: Undated\n---\n\nWords.\n"_s << QStringList{u">Undated</h1>"_s}
                             << QStringList{u"<time"_s};
    QTest::newRow("markup in the front matter is text")
        << u"---\ntitle: \"<img src=x onerror=alert(1)>\"\ncover: \"x\\\" onerror=\\\"alert(1)\"\n---\n\nWords.\n"_s
        << QStringList{u"&lt;img src=x onerror=alert(1)&gt;</h1>"_s,
                       u"src=\"x&quot; onerror=&quot;alert(1)\""_s}
        << QStringList{u"<img src=x"_s, u"\" onerror=\"alert"_s};
    QTest::newRow("cover beside the post")
        << u"---\ntitle: C\ncover: cover.jpg\n---\n\nWords.\n"_s
        << QStringList{u"<img class=\"post-cover\" src=\"cover.jpg\" alt=\"C\">"_s} << QStringList();
}

void TstPostPreviewSiteFrame::frame()
{
    QFETCH(QString, text);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, lacks);
    const auto preview = PostPreview::create({}, PostPreview::Frame::Site);
    QVERIFY(preview);
    QCOMPARE(preview.value()->frame(), PostPreview::Frame::Site);
    const QString html = preview.value()->render(text, u"/blog/posts/a.md"_s);
    for (const QString &part : contains)
        QVERIFY2(html.contains(part), qPrintable(part + u"\n---\n"_s + html));
    for (const QString &part : lacks)
        QVERIFY2(!html.contains(part), qPrintable(part + u"\n---\n"_s + html));
}

void TstPostPreviewSiteFrame::bodyIsTheSameAsInTheThemesFrame()
{
    const QString text = u"---\ntitle: T\n---\n\n# Heading\n\n- [x] done\n\n```js\nlet a = 1;\n```\n"_s;
    const auto site = PostPreview::create({}, PostPreview::Frame::Site);
    const auto theme = PostPreview::create({});
    QVERIFY(site && theme);
    QCOMPARE(theme.value()->frame(), PostPreview::Frame::Theme);
    const PostPreview::PackedArticle fromSite = PostPreview::pack(site.value()->render(text, {}));
    const PostPreview::PackedArticle fromTheme = PostPreview::pack(theme.value()->render(text, {}));
    QCOMPARE(fromSite.blocks, fromTheme.blocks);
    QCOMPARE(fromSite.firstLines, fromTheme.firstLines);
    QVERIFY(fromSite.frame != fromTheme.frame);
}

QTEST_GUILESS_MAIN(TstPostPreviewSiteFrame)

#include "tst_postpreviewsiteframe.moc"
