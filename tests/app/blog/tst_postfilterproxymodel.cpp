#include "blog/blog.h"
#include "blog/blogindex.h"
#include "blog/postfilterproxymodel.h"
#include "blog/posttreemodel.h"
#include "posttreefixture.h"
#include "testblog.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Postwright;
using namespace Qt::StringLiterals;

using namespace PostTreeTest;

// Filtering the post tree: the search key each post carries, the proxy's query, and the filter
// following posts as they change.
class TestPostFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchKeyFollowsPost()
    {
        Fixture fixture;
        QVERIFY(fixture.open(filterBlog));
        const auto keyOf = [&](const QString &name) {
            return fixture.model().indexForPath(fixture.postPath(name)).data(PostTreeModel::SearchKeyRole).value<PostSearchKey>();
        };
        QCOMPARE(keyOf(u"d-new"_s).text, u"cafe design\nd-new"_s);
        QCOMPARE(keyOf(u"d-new"_s).categories, QStringList{u"design"_s});
        fixture.update({u"d-new", u"Crème Brûlée", u"2024-03-01", u"Design"});
        QCOMPARE(keyOf(u"d-new"_s).text, u"creme brulee\nd-new"_s);
        QVERIFY(!fixture.model().index(0, 0).data(PostTreeModel::SearchKeyRole).isValid()); // categories have none
    }

    void filterProxy_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        // clang-format off
        QTest::newRow("no filter") << QString()
            << u"Design (2) [d-new, d-old]; Tutorials (2) [s1, t1]; Uncategorized (1) [u1]"_s;
        QTest::newRow("word in two categories") << u"design"_s
            << u"Design (2 of 2) [d-new, d-old]; Tutorials (1 of 2) [s1]"_s;
        QTest::newRow("accents ignored") << u"CAFE"_s << u"Design (1 of 2) [d-new]"_s;
        QTest::newRow("all words") << u"design old"_s << u"Design (1 of 2) [d-old]"_s;
        QTest::newRow("file name") << u"u1"_s << u"Uncategorized (1 of 1) [u1]"_s;
        QTest::newRow("draft") << u"status:draft"_s << u"Design (1 of 2) [d-old]"_s;
        QTest::newRow("scheduled") << u"status:scheduled"_s << u"Tutorials (1 of 2) [s1]"_s;
        QTest::newRow("published") << u"status:published design"_s << u"Design (1 of 2) [d-new]"_s;
        QTest::newRow("category") << u"cat:tut"_s << u"Tutorials (2 of 2) [s1, t1]"_s;
        QTest::newRow("category and word") << u"category:design old"_s << u"Design (1 of 2) [d-old]"_s;
        QTest::newRow("no match") << u"kubernetes"_s << QString();
        QTest::newRow("being typed") << u"tutorial tag:"_s << u"Tutorials (1 of 2) [t1]"_s;
        // clang-format on
    }

    void filterProxy()
    {
        QFETCH(QString, query);
        Fixture fixture;
        QVERIFY(fixture.open(filterBlog));
        PostFilterProxyModel proxy;
        proxy.setSourceModel(&fixture.model());
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setFilterQuery(query);
        QTEST(outline(proxy), "expected");
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex category = proxy.index(row, 0);
            const int shown = proxy.rowCount(category);
            QCOMPARE(category.data(PostTreeModel::MatchCountRole).toInt(), shown);
            const int all = category.data(PostTreeModel::CountRole).toInt();
            QCOMPARE(category.data(PostTreeModel::CountTextRole).toString(),
                     query.isEmpty() ? QString::number(all) : u"%1 of %2"_s.arg(shown).arg(all));
        }
        // Clearing shows everything again.
        proxy.setFilterQuery(QString());
        QCOMPARE(outline(proxy), u"Design (2) [d-new, d-old]; Tutorials (2) [s1, t1]; Uncategorized (1) [u1]"_s);
    }

    void filterFollowsChanges()
    {
        Fixture fixture;
        QVERIFY(fixture.open(filterBlog));
        PostFilterProxyModel proxy;
        proxy.setSourceModel(&fixture.model());
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setFilterQuery(u"design"_s);
        QCOMPARE(outline(proxy), u"Design (2 of 2) [d-new, d-old]; Tutorials (1 of 2) [s1]"_s);

        // A new match in a category that had none: the category appears, with its count.
        fixture.update({u"u2", u"Design notes", u"2024-05-01", {}});
        QCOMPARE(outline(proxy), u"Design (2 of 2) [d-new, d-old]; Tutorials (1 of 2) [s1]; Uncategorized (1 of 2) [u2]"_s);
        // A post no longer matching leaves; its category goes with it when it was the last.
        fixture.update({u"s1", u"Future plans", u"2026-06-01", u"Tutorials"});
        QCOMPARE(outline(proxy), u"Design (2 of 2) [d-new, d-old]; Uncategorized (1 of 2) [u2]"_s);
        // A post moving to another category takes its match along.
        fixture.update({u"d-old", u"Design old", u"2024-01-01", u"Tutorials", true});
        QCOMPARE(outline(proxy), u"Design (1 of 1) [d-new]; Tutorials (1 of 3) [d-old]; Uncategorized (1 of 2) [u2]"_s);
        fixture.remove(u"d-new"_s);
        QCOMPARE(outline(proxy), u"Tutorials (1 of 3) [d-old]; Uncategorized (1 of 2) [u2]"_s);

        // The clock decides what is scheduled.
        proxy.setFilterQuery(u"status:scheduled"_s);
        QCOMPARE(outline(proxy), u"Tutorials (1 of 3) [s1]"_s);
        fixture.model().setNow(QDateTime(QDate(2027, 1, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(outline(proxy), QString());
    }
};

QTEST_GUILESS_MAIN(TestPostFilterProxyModel)
#include "tst_postfilterproxymodel.moc"
