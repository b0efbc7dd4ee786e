#include "publish/deployplan.h"

#include <QTest>

using namespace Postwright;
using namespace Qt::StringLiterals;

namespace {

ManifestEntry content(char fill, qint64 size)
{
    return {QString(64, QChar::fromLatin1(fill)), size};
}

} // namespace

class TestDeployPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phaseFor_data();
    void phaseFor();
    void newChangedDeletedUnchanged();
    void uploadsAreInPhaseOrder();
    void emptyWhenNothingChanged();
};

void TestDeployPlan::phaseFor_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<DeployPhase>("phase");
    QTest::newRow("css") << u"assets/css/site.css"_s << DeployPhase::Assets;
    QTest::newRow("js") << u"assets/js/site.js"_s << DeployPhase::Assets;
    QTest::newRow("image in post bundle") << u"2026/my-post/photo.jpg"_s << DeployPhase::Assets;
    QTest::newRow("font") << u"fonts/inter.woff2"_s << DeployPhase::Assets;
    QTest::newRow("json other than feed") << u"data/search.json"_s << DeployPhase::Assets;
    QTest::newRow("post") << u"2026/my-post/index.html"_s << DeployPhase::Pages;
    QTest::newRow("dated post") << u"2026/02/10/my-post/index.html"_s << DeployPhase::Pages;
    QTest::newRow("post as file") << u"2026/my-post.html"_s << DeployPhase::Pages;
    QTest::newRow("static page") << u"about/index.html"_s << DeployPhase::Pages;
    QTest::newRow("404") << u"404.html"_s << DeployPhase::Pages;
    QTest::newRow("post named page") << u"page/index.html"_s << DeployPhase::Pages;
    QTest::newRow("post in a category-like folder")
        << u"categories/design/my-post/index.html"_s << DeployPhase::Pages;
    QTest::newRow("home") << u"index.html"_s << DeployPhase::IndexPages;
    QTest::newRow("home page 2") << u"page/2/index.html"_s << DeployPhase::IndexPages;
    QTest::newRow("category") << u"categories/design/index.html"_s << DeployPhase::IndexPages;
    QTest::newRow("category page 3") << u"categories/design/page/3/index.html"_s << DeployPhase::IndexPages;
    QTest::newRow("unicode tag") << u"tags/日本語/index.html"_s << DeployPhase::IndexPages;
    QTest::newRow("tag page 2") << u"tags/qt/page/2/index.html"_s << DeployPhase::IndexPages;
    QTest::newRow("year") << u"2026/index.html"_s << DeployPhase::IndexPages;
    QTest::newRow("year page 2") << u"2026/page/2/index.html"_s << DeployPhase::IndexPages;
    QTest::newRow("archive") << u"archive/index.html"_s << DeployPhase::IndexPages;
    QTest::newRow("rss") << u"index.xml"_s << DeployPhase::Feeds;
    QTest::newRow("atom") << u"atom.xml"_s << DeployPhase::Feeds;
    QTest::newRow("json feed") << u"feed.json"_s << DeployPhase::Feeds;
    QTest::newRow("category rss") << u"categories/design/index.xml"_s << DeployPhase::Feeds;
    QTest::newRow("sitemap") << u"sitemap.xml"_s << DeployPhase::Feeds;
    QTest::newRow("robots") << u"robots.txt"_s << DeployPhase::Feeds;
}

void TestDeployPlan::phaseFor()
{
    QFETCH(QString, path);
    QFETCH(DeployPhase, phase);
    QCOMPARE(DeployPlan::phaseFor(path), phase);
}

void TestDeployPlan::newChangedDeletedUnchanged()
{
    DeployManifest deployed;
    deployed.set(u"index.html"_s, content('a', 10));
    deployed.set(u"same.css"_s, content('b', 20));
    deployed.set(u"gone/index.html"_s, content('c', 30));
    deployed.set(u"gone.png"_s, content('d', 40));
    const QMap<QString, ManifestEntry> local{
        {u"index.html"_s, content('e', 11)},
        {u"same.css"_s, content('b', 20)},
        {u"new/index.html"_s, content('f', 100)},
        {u"new.png"_s, content('0', 200)},
    };
    const DeployPlan plan = DeployPlan::make(local, deployed);
    QCOMPARE(plan.count(DeployAction::Kind::New), 2);
    QCOMPARE(plan.count(DeployAction::Kind::Changed), 1);
    QCOMPARE(plan.count(DeployAction::Kind::Deleted), 2);
    QCOMPARE(plan.unchanged(), 1);
    QCOMPARE(plan.bytes(DeployAction::Kind::New), 300);
    QCOMPARE(plan.bytes(DeployAction::Kind::Changed), 11);
    QCOMPARE(plan.bytes(DeployAction::Kind::Deleted), 70);

    const QList<DeployAction> expected{
        {DeployAction::Kind::New, DeployPhase::Assets, u"new.png"_s, content('0', 200)},
        {DeployAction::Kind::New, DeployPhase::Pages, u"new/index.html"_s, content('f', 100)},
        {DeployAction::Kind::Changed, DeployPhase::IndexPages, u"index.html"_s, content('e', 11)},
        {DeployAction::Kind::Deleted, DeployPhase::Deletions, u"gone.png"_s, content('d', 40)},
        {DeployAction::Kind::Deleted, DeployPhase::Deletions, u"gone/index.html"_s, content('c', 30)},
    };
    QCOMPARE(plan.actions(), expected);
    QCOMPARE(plan.uploads(), expected.mid(0, 3));
    QCOMPARE(plan.deletions(), expected.mid(3));
}

void TestDeployPlan::uploadsAreInPhaseOrder()
{
    const QStringList paths{u"sitemap.xml"_s, u"index.html"_s,        u"a/index.html"_s, u"z.css"_s,
                            u"feed.json"_s,   u"page/2/index.html"_s, u"b.js"_s};
    QMap<QString, ManifestEntry> local;
    for (const QString &path : paths)
        local.insert(path, content('1', 1));
    const DeployPlan plan = DeployPlan::make(local, DeployManifest());
    QStringList order;
    for (const DeployAction &action : plan.actions())
        order.append(action.path);
    QCOMPARE(order, (QStringList{u"b.js"_s, u"z.css"_s, u"a/index.html"_s, u"index.html"_s,
                                 u"page/2/index.html"_s, u"feed.json"_s, u"sitemap.xml"_s}));
}

void TestDeployPlan::emptyWhenNothingChanged()
{
    DeployManifest deployed;
    deployed.set(u"index.html"_s, content('a', 1));
    const DeployPlan plan = DeployPlan::make({{u"index.html"_s, content('a', 1)}}, deployed);
    QVERIFY(plan.isEmpty());
    QCOMPARE(plan.unchanged(), 1);
}

QTEST_GUILESS_MAIN(TestDeployPlan)
#include "tst_deployplan.moc"
