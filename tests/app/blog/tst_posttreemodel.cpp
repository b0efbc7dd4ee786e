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


class TestPostTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initialStructure_data()
    {
        QTest::addColumn<PostSpecs>("posts");
        QTest::addColumn<QString>("expected");

        const QStringView day = u"2024-01-01";
        // clang-format off
        QTest::newRow("empty blog") << PostSpecs{} << QString();
        QTest::newRow("categories by name, case-insensitive")
            << PostSpecs{{u"o", {}, day, u"DevOps"}, {u"d", {}, day, u"design"}, {u"a", {}, day, u"Ant"}}
            << u"Ant (1) [a]; design (1) [d]; DevOps (1) [o]"_s;
        QTest::newRow("Uncategorized last, even after Z")
            << PostSpecs{{u"u", {}, day, {}}, {u"z", {}, day, u"Zebra"}, {u"a", {}, day, u"ant"}}
            << u"ant (1) [a]; Zebra (1) [z]; Uncategorized (1) [u]"_s;
        // Orders within a category (Uncategorized here, as good as any).
        QTest::newRow("newest first")
            << PostSpecs{{u"jan", {}, day}, {u"mar", {}, u"2024-03-01"}, {u"dec", {}, u"2023-12-31"}}
            << u"Uncategorized (3) [mar, jan, dec]"_s;
        QTest::newRow("time of day counts")
            << PostSpecs{{u"am", {}, u"2024-05-01T08:00:00Z"}, {u"pm", {}, u"2024-05-01T18:00:00Z"}}
            << u"Uncategorized (2) [pm, am]"_s;
        QTest::newRow("undated last")
            << PostSpecs{{u"undated", {}, {}}, {u"old", {}, u"2001-01-01"}, {u"new", {}, day}}
            << u"Uncategorized (3) [new, old, undated]"_s;
        QTest::newRow("same date: by title, case-insensitive")
            << PostSpecs{{u"1", u"beta", day}, {u"2", u"Alpha", day}, {u"3", u"Gamma", day}}
            << u"Uncategorized (3) [2, 1, 3]"_s;
        QTest::newRow("same date and title: by path")
            << PostSpecs{{u"b", u"Same", day}, {u"c", u"Same", day}, {u"a", u"Same", day}}
            << u"Uncategorized (3) [a, b, c]"_s;
        QTest::newRow("undated: by title")
            << PostSpecs{{u"x", u"Zulu"}, {u"y", u"Alpha"}} << u"Uncategorized (2) [y, x]"_s;
        // clang-format on
    }

    void initialStructure()
    {
        QFETCH(PostSpecs, posts);
        QFETCH(QString, expected);

        Fixture fixture;
        QVERIFY(fixture.open(posts));
        QCOMPARE(outline(fixture.model()), expected);
    }

    void roles()
    {
        Fixture fixture;
        QVERIFY(fixture.open(baseBlog));
        const PostTreeModel &model = fixture.model();

        const QModelIndex design = model.index(0, 0);
        QCOMPARE(design.data().toString(), u"Design (2)"_s);
        QCOMPARE(design.data(PostTreeModel::TitleRole).toString(), u"Design"_s);
        QCOMPARE(design.data(PostTreeModel::CategoryRole).toString(), u"Design"_s);
        QCOMPARE(design.data(PostTreeModel::CountRole).toInt(), 2);
        QCOMPARE(design.data(PostTreeModel::IsCategoryRole).toBool(), true);
        QVERIFY(!design.data(PostTreeModel::FilePathRole).isValid());

        const QModelIndex uncategorized = model.index(2, 0);
        QCOMPARE(uncategorized.data(PostTreeModel::TitleRole).toString(), PostTreeModel::uncategorizedName());
        QCOMPARE(uncategorized.data(PostTreeModel::CountRole).toInt(), 1);

        const QModelIndex post = model.index(0, 0, design);
        QCOMPARE(post.parent(), design);
        QCOMPARE(post.data().toString(), u"Design new"_s);
        QCOMPARE(post.data(PostTreeModel::TitleRole).toString(), u"Design new"_s);
        QCOMPARE(pathOf(post), fixture.postPath(u"d-new"_s));
        QCOMPARE(post.data(Qt::ToolTipRole).toString(), u"posts/d-new.md"_s);
        QCOMPARE(post.data(PostTreeModel::CategoryRole).toString(), u"Design"_s);
        QCOMPARE(post.data(PostTreeModel::IsCategoryRole).toBool(), false);
        QCOMPARE(post.data(PostTreeModel::DateRole).toDateTime().date(), QDate(2024, 3, 1));
        QCOMPARE(post.data(PostTreeModel::ErrorRole).toString(), QString());
        QCOMPARE(post.data(PostTreeModel::StatusRole).toInt(), int(Post::Status::Published));
        QCOMPARE(model.rowCount(post), 0);

        QCOMPARE(model.roleNames().value(PostTreeModel::FilePathRole), QByteArray("filePath"));
    }

    void status_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<bool>("draft");
        QTest::addColumn<int>("expected");

        // The fixture's clock is 2025-01-01 12:00 UTC.
        QTest::newRow("past: published") << u"2024-06-01"_s << false << int(Post::Status::Published);
        QTest::newRow("future: scheduled") << u"2025-06-01"_s << false << int(Post::Status::Scheduled);
        QTest::newRow("later today: scheduled")
            << u"2025-01-01T18:00:00Z"_s << false << int(Post::Status::Scheduled);
        QTest::newRow("draft") << u"2024-06-01"_s << true << int(Post::Status::Draft);
        QTest::newRow("draft wins over future date") << u"2025-06-01"_s << true << int(Post::Status::Draft);
    }

    void status()
    {
        QFETCH(QString, date);
        QFETCH(bool, draft);
        QFETCH(int, expected);

        Fixture fixture;
        QVERIFY(fixture.open({{u"p", u"Post", date, u"Notes", draft}}));
        const QModelIndex post = fixture.model().index(0, 0, fixture.model().index(0, 0));
        QCOMPARE(post.data(PostTreeModel::StatusRole).toInt(), expected);
    }

    void setNowUpdatesStatus()
    {
        Fixture fixture;
        QVERIFY(fixture.open({{u"p", u"Post", u"2030-01-01", u"Notes"}}));
        PostTreeModel &model = fixture.model();
        const QPersistentModelIndex post = model.index(0, 0, model.index(0, 0));
        QCOMPARE(post.data(PostTreeModel::StatusRole).toInt(), int(Post::Status::Scheduled));

        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        model.setNow(QDateTime(QDate(2030, 1, 2), QTime(0, 0), Qt::UTC));
        QCOMPARE(post.data(PostTreeModel::StatusRole).toInt(), int(Post::Status::Published));
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(dataChanged.at(0).at(0).value<QModelIndex>(), QModelIndex(post));
        QVERIFY(dataChanged.at(0).at(2).value<QList<int>>().contains(PostTreeModel::StatusRole));
    }

    void brokenFrontMatter()
    {
        Fixture fixture;
        // Line 4 repeats `title`; the category is unreadable, so the post waits under Uncategorized.
        fixture.files().write(u"posts/broken.md"_s,
                              "---\ntitle: One\ncategories: [Design]\ntitle: Two\n---\nText.\n");
        QVERIFY(fixture.open({{u"ok", u"Fine", u"2024-01-01", u"Design"}}));
        const PostTreeModel &model = fixture.model();
        QCOMPARE(outline(model), u"Design (1) [ok]; Uncategorized (1) [broken]"_s);

        const QModelIndex broken = fixture.model().indexForPath(fixture.postPath(u"broken"_s));
        const QString error = broken.data(PostTreeModel::ErrorRole).toString();
        QVERIFY2(error.contains(u"broken.md:4"_s), qPrintable(error));
        QCOMPARE(broken.data(Qt::ToolTipRole).toString(), error);
        QCOMPARE(broken.data().toString(), u"Broken"_s); // a title made from the file name
        QCOMPARE(model.indexForPath(fixture.postPath(u"ok"_s)).data(PostTreeModel::ErrorRole).toString(),
                 QString());
    }

    void pagesAreIgnored()
    {
        Fixture fixture;
        fixture.files().write(u"pages/about.md"_s, "---\ntitle: About\n---\nMe.\n");
        QVERIFY(fixture.open(baseBlog));
        QCOMPARE(outline(fixture.model()), baseOutline);

        // Whatever the index reports, a page has no place in the post tree.
        QSignalSpy inserted(&fixture.model(), &QAbstractItemModel::rowsInserted);
        const Post page =
            Post::fromText(u"---\ntitle: Now\ncategories: [Design]\n---\n"_s,
                           fixture.files().path(u"pages/now.md"_s), fixture.files().root(), Post::Kind::Page);
        Q_EMIT fixture.index().postAdded(page);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(outline(fixture.model()), baseOutline);
    }

    void addPost_data()
    {
        QTest::addColumn<PostSpec>("post");
        QTest::addColumn<int>("parentRow"); // -1: a new category at the top level
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("counts"); // categories whose count changed, as shown then

        const QStringView design = u"Design";
        const QString rest = u"; Tutorials (1) [t1]; Uncategorized (1) [u1]"_s;
        const QString designRest = u"Design (2) [d-new, d-old]; "_s;
        const QStringList design3{u"Design (3)"_s};
        // clang-format off
        QTest::newRow("top of a category") << PostSpec{u"n", u"N", u"2024-04-01", design} << 0 << 0
            << u"Design (3) [n, d-new, d-old]"_s + rest << design3;
        QTest::newRow("middle of a category") << PostSpec{u"n", u"N", u"2024-02-01", design} << 0 << 1
            << u"Design (3) [d-new, n, d-old]"_s + rest << design3;
        QTest::newRow("end of a category") << PostSpec{u"n", u"N", u"2023-01-01", design} << 0 << 2
            << u"Design (3) [d-new, d-old, n]"_s + rest << design3;
        QTest::newRow("undated at the end") << PostSpec{u"n", u"N", {}, design} << 0 << 2
            << u"Design (3) [d-new, d-old, n]"_s + rest << design3;
        QTest::newRow("new first category") << PostSpec{u"n", u"N", u"2024-01-01", u"Architecture"} << -1 << 0
            << u"Architecture (1) [n]; "_s + baseOutline << QStringList();
        QTest::newRow("new category between") << PostSpec{u"n", u"N", u"2024-01-01", u"essays"} << -1 << 1
            << designRest + u"essays (1) [n]"_s + rest << QStringList();
        QTest::newRow("new category before Uncategorized")
            << PostSpec{u"n", u"N", u"2024-01-01", u"Zen"} << -1 << 2
            << designRest + u"Tutorials (1) [t1]; Zen (1) [n]; Uncategorized (1) [u1]"_s << QStringList();
        QTest::newRow("uncategorized") << PostSpec{u"n", u"N", u"2024-02-01", {}} << 2 << 0
            << designRest + u"Tutorials (1) [t1]; Uncategorized (2) [n, u1]"_s
            << QStringList{u"Uncategorized (2)"_s};
        // clang-format on
    }

    void addPost()
    {
        QFETCH(PostSpec, post);
        QFETCH(int, parentRow);
        QFETCH(int, row);
        QFETCH(QString, expected);
        QFETCH(QStringList, counts);

        Fixture fixture;
        QVERIFY(fixture.open(baseBlog));
        PostTreeModel &model = fixture.model();
        const CategoryChanges categoryChanges(model);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        fixture.update(post);

        QCOMPARE(inserted.count(), 1);
        QCOMPARE(parentOf(inserted.at(0)).isValid() ? parentOf(inserted.at(0)).row() : -1, parentRow);
        QCOMPARE(inserted.at(0).at(1).toInt(), row);
        QCOMPARE(inserted.at(0).at(2).toInt(), row);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(outline(model), expected);
        QCOMPARE(categoryChanges.sorted(), counts);
        QCOMPARE(model.indexForPath(fixture.postPath(post.name)).data().toString(), post.title);
    }

    void removePost_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("parentRow"); // -1: the category row itself goes
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("counts");

        QTest::newRow("one of two") << u"d-old"_s << 0 << 1
                                    << u"Design (1) [d-new]; Tutorials (1) [t1]; Uncategorized (1) [u1]"_s
                                    << QStringList{u"Design (1)"_s};
        QTest::newRow("last of a category")
            << u"t1"_s << -1 << 1 << u"Design (2) [d-new, d-old]; Uncategorized (1) [u1]"_s << QStringList();
        QTest::newRow("last uncategorized")
            << u"u1"_s << -1 << 2 << u"Design (2) [d-new, d-old]; Tutorials (1) [t1]"_s << QStringList();
    }

    void removePost()
    {
        QFETCH(QString, name);
        QFETCH(int, parentRow);
        QFETCH(int, row);
        QFETCH(QString, expected);
        QFETCH(QStringList, counts);

        Fixture fixture;
        QVERIFY(fixture.open(baseBlog));
        PostTreeModel &model = fixture.model();
        const CategoryChanges categoryChanges(model);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        fixture.remove(name);

        QCOMPARE(removed.count(), 1);
        QCOMPARE(parentOf(removed.at(0)).isValid() ? parentOf(removed.at(0)).row() : -1, parentRow);
        QCOMPARE(removed.at(0).at(1).toInt(), row);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(outline(model), expected);
        QCOMPARE(categoryChanges.sorted(), counts);
        QVERIFY(!model.indexForPath(fixture.postPath(name)).isValid());
    }

    void changePost_data()
    {
        QTest::addColumn<PostSpec>("post"); // a new version of one of baseBlog's posts
        QTest::addColumn<bool>("moves");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("counts");

        const QString rest = u"; Tutorials (1) [t1]; Uncategorized (1) [u1]"_s;
        const QString swapped = u"Design (2) [d-old, d-new]"_s + rest;
        const QStringView design = u"Design";
        const QStringView oldTitle = u"Design old";
        const QStringView newTitle = u"Design new";
        // clang-format off
        QTest::newRow("later date moves up")
            << PostSpec{u"d-old", oldTitle, u"2024-05-01", design} << true << swapped << QStringList();
        QTest::newRow("earlier date moves down")
            << PostSpec{u"d-new", newTitle, u"2023-05-01", design} << true << swapped << QStringList();
        QTest::newRow("date removed moves to the end")
            << PostSpec{u"d-new", newTitle, {}, design} << true << swapped << QStringList();
        QTest::newRow("date change within place")
            << PostSpec{u"d-new", newTitle, u"2024-02-01", design} << false << baseOutline << QStringList();
        QTest::newRow("title change")
            << PostSpec{u"d-new", u"Renamed", u"2024-03-01", design} << false << baseOutline << QStringList();
        QTest::newRow("draft flag") << PostSpec{u"d-new", newTitle, u"2024-03-01", design, true} << false
            << baseOutline << QStringList();
        QTest::newRow("to an existing category")
            << PostSpec{u"d-old", oldTitle, u"2024-01-01", u"Tutorials"} << true
            << u"Design (1) [d-new]; Tutorials (2) [t1, d-old]; Uncategorized (1) [u1]"_s
            << QStringList{u"Design (1)"_s, u"Tutorials (2)"_s};
        QTest::newRow("to a new category")
            << PostSpec{u"d-old", oldTitle, u"2024-01-01", u"Architecture"} << true
            << u"Architecture (1) [d-old]; Design (1) [d-new]"_s + rest
            << QStringList{u"Architecture (1)"_s, u"Design (1)"_s};
        QTest::newRow("leaving its category empty")
            << PostSpec{u"t1", u"Tutorial", u"2024-02-01", design} << true
            << u"Design (3) [d-new, t1, d-old]; Uncategorized (1) [u1]"_s << QStringList{u"Design (3)"_s};
        QTest::newRow("to a new one, the old one empty")
            << PostSpec{u"t1", u"Tutorial", u"2024-02-01", u"Zen"} << true
            << u"Design (2) [d-new, d-old]; Zen (1) [t1]; Uncategorized (1) [u1]"_s
            << QStringList{u"Zen (1)"_s};
        QTest::newRow("to Uncategorized") << PostSpec{u"d-old", oldTitle, u"2024-01-01", {}} << true
            << u"Design (1) [d-new]; Tutorials (1) [t1]; Uncategorized (2) [u1, d-old]"_s
            << QStringList{u"Design (1)"_s, u"Uncategorized (2)"_s};
        QTest::newRow("out of Uncategorized, which goes")
            << PostSpec{u"u1", u"Loose", u"2024-01-15", design} << true
            << u"Design (3) [d-new, u1, d-old]; Tutorials (1) [t1]"_s << QStringList{u"Design (3)"_s};
        // clang-format on
    }

    void changePost()
    {
        QFETCH(PostSpec, post);
        QFETCH(bool, moves);
        QFETCH(QString, expected);
        QFETCH(QStringList, counts);

        Fixture fixture;
        QVERIFY(fixture.open(baseBlog));
        PostTreeModel &model = fixture.model();
        const QPersistentModelIndex changed = model.indexForPath(fixture.postPath(post.name));
        QVERIFY(changed.isValid());
        const CategoryChanges categoryChanges(model);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        fixture.update(post);

        QCOMPARE(outline(model), expected);
        QCOMPARE(categoryChanges.sorted(), counts);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(moved.count(), moves ? 1 : 0);
        // The view's selection stays on the post wherever it went, and it shows the new version.
        QCOMPARE(QModelIndex(changed), model.indexForPath(fixture.postPath(post.name)));
        QCOMPARE(changed.data().toString(), post.title);
        QCOMPARE(changed.data(PostTreeModel::StatusRole).toInt(),
                 int(post.draft ? Post::Status::Draft : Post::Status::Published));
        QCOMPARE(changed.data(PostTreeModel::CategoryRole).toString(), post.shownCategory());
        QVERIFY(std::any_of(dataChanged.cbegin(), dataChanged.cend(), [&](const QList<QVariant> &args) {
            return args.at(0).value<QModelIndex>() == QModelIndex(changed);
        }));
    }

    void persistentIndexesFollowPosts()
    {
        Fixture fixture;
        const PostSpecs posts = baseBlog;
        QVERIFY(fixture.open(posts));
        PostTreeModel &model = fixture.model();

        QList<QPersistentModelIndex> kept;
        for (const PostSpec &spec : posts)
            kept << QPersistentModelIndex(model.indexForPath(fixture.postPath(spec.name)));
        const QPersistentModelIndex tutorials = model.index(1, 0);
        const QPersistentModelIndex uncategorized = model.index(2, 0);

        auto verifyKept = [&] {
            for (int i = 0; i < posts.size(); ++i) {
                QVERIFY2(kept.at(i).isValid(), qPrintable(posts.at(i).name));
                QCOMPARE(pathOf(kept.at(i)), fixture.postPath(posts.at(i).name));
                QCOMPARE(kept.at(i).parent().data(PostTreeModel::TitleRole),
                         kept.at(i).data(PostTreeModel::CategoryRole));
            }
            QCOMPARE(uncategorized.data(PostTreeModel::TitleRole).toString(),
                     PostTreeModel::uncategorizedName());
        };

        // A category inserted above every kept post shifts their parents' rows.
        fixture.update({u"a", u"Arch", u"2024-01-01", u"Architecture"});
        QCOMPARE(tutorials.row(), 2);
        verifyKept();
        // Into a new category in the middle; then the rest of Design moves out and Design goes.
        fixture.update({u"d-old", u"Design old", u"2024-01-01", u"Essays"});
        verifyKept();
        QCOMPARE(kept.at(1).parent().data(PostTreeModel::TitleRole).toString(), u"Essays"_s);
        fixture.update({u"d-new", u"Design new", u"2024-03-01", u"Tutorials"});
        verifyKept();
        QCOMPARE(kept.at(0).parent(), QModelIndex(tutorials));
        QCOMPARE(kept.at(0).row(), 0);
        // The first category goes; those below it move up.
        fixture.remove(u"a"_s);
        verifyKept();
        QCOMPARE(tutorials.row(), 1);
        QCOMPARE(outline(model), u"Essays (1) [d-old]; Tutorials (2) [d-new, t1]; Uncategorized (1) [u1]"_s);
    }

    void indexForPath()
    {
        Fixture fixture;
        const PostSpecs posts = baseBlog;
        QVERIFY(fixture.open(posts));
        const PostTreeModel &model = fixture.model();

        for (const PostSpec &spec : posts) {
            const QModelIndex index = model.indexForPath(fixture.postPath(spec.name));
            QVERIFY2(index.isValid(), qPrintable(spec.name));
            QCOMPARE(index.model(), &model);
            QCOMPARE(pathOf(index), fixture.postPath(spec.name));
            QCOMPARE(index.parent().data(PostTreeModel::TitleRole).toString(), spec.shownCategory());
            QCOMPARE(model.index(index.row(), 0, index.parent()), index);
        }
        QVERIFY(!model.indexForPath(fixture.postPath(u"missing"_s)).isValid());
        QVERIFY(!model.indexForPath(QString()).isValid());
    }

    void reloadResets()
    {
        Fixture fixture;
        QVERIFY(fixture.open(baseBlog));
        PostTreeModel &model = fixture.model();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // Behind the index's back, as another program would.
        fixture.write({u"n", u"New", u"2024-06-01", u"Design"});
        fixture.files().remove(u"posts/u1.md"_s);
        fixture.index().reload();

        QCOMPARE(outline(model), u"Design (3) [n, d-new, d-old]; Tutorials (1) [t1]"_s);
        QCOMPARE(reset.count(), 1);
    }

};

QTEST_GUILESS_MAIN(TestPostTreeModel)
#include "tst_posttreemodel.moc"
