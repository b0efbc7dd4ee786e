#pragma once

// What tst_posttreemodel and tst_postfilterproxymodel share: a blog on disk described by data
// rows, its index and the model under a fatal QAbstractItemModelTester, and the tree written
// on one line for comparisons.

#include "blog/blog.h"
#include "blog/blogindex.h"
#include "blog/posttreemodel.h"
#include "testblog.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QTest>

#include <memory>

namespace PostTreeTest {

using namespace Postwright;
using namespace Qt::StringLiterals;

// One post of a data row (data tables are laid out by hand, one row per case). Files live
// directly in posts/ so the category comes from the front matter alone; names are unique so
// outline() can name posts by them.
struct PostSpec
{
    PostSpec() = default;
    // QStringView so that data rows can use plain u"" literals and stay on one line.
    PostSpec(QStringView name, QStringView title, QStringView date = {}, QStringView category = {},
             bool draft = false)
        : name(name.toString())
        , title(title.toString())
        , date(date.toString())
        , category(category.toString())
        , draft(draft)
    {}

    QString shownCategory() const
    {
        return category.isEmpty() ? PostTreeModel::uncategorizedName() : category;
    }

    QString name; // posts/NAME.md
    QString title;
    QString date; // empty: no `date` key at all
    QString category;
    bool draft = false;
};
using PostSpecs = QList<PostSpec>;

// A blog on disk, its index, and the model under test with a fatal QAbstractItemModelTester
// watching every signal the model sends from the moment it exists.
class Fixture
{
public:
    // False (with the reason logged) when the blog cannot be opened.
    bool open(const PostSpecs &posts = {})
    {
        for (const PostSpec &spec : posts)
            write(spec);
        Result<Blog> blog = Blog::open(m_files.root());
        if (!blog) {
            qWarning().noquote() << blog.error().toString();
            return false;
        }
        m_index = std::make_unique<BlogIndex>(std::move(blog).value()); // scans on construction
        m_model = std::make_unique<PostTreeModel>(m_index.get());
        m_model->setNow(QDateTime(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC));
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        return true;
    }

    QString write(const PostSpec &spec) const
    {
        const QString relative = u"posts/"_s + spec.name + u".md"_s;
        if (!spec.date.isEmpty())
            return m_files.writePost(relative, spec.title, spec.date, spec.category, spec.draft);
        QByteArray text = "---\ntitle: \"" + spec.title.toUtf8() + "\"\n";
        if (!spec.category.isEmpty())
            text += "categories: [\"" + spec.category.toUtf8() + "\"]\n";
        if (spec.draft)
            text += "draft: true\n";
        return m_files.write(relative, text + "---\nText.\n");
    }

    // Writes the file and tells the index, as the editor does after a save.
    void update(const PostSpec &spec) const { m_index->refreshFile(write(spec)); }

    void remove(const QString &name) const
    {
        QVERIFY(m_files.remove(u"posts/"_s + name + u".md"_s));
        m_index->refreshFile(postPath(name));
    }

    QString postPath(const QString &name) const { return m_files.path(u"posts/"_s + name + u".md"_s); }
    const Test::TestBlog &files() const { return m_files; }
    BlogIndex &index() const { return *m_index; }
    PostTreeModel &model() const { return *m_model; }

private:
    Test::TestBlog m_files;
    std::unique_ptr<BlogIndex> m_index;
    std::unique_ptr<PostTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester; // destroyed first, before the model
};

// The tree on one line, "Design (2) [d-new, d-old]; Tutorials (1) [t1]": each category as
// displayed, then its posts by file name. Titles are checked where they are the point.
inline QString outline(const QAbstractItemModel &model)
{
    QStringList categories;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex category = model.index(row, 0);
        QStringList posts;
        for (int child = 0; child < model.rowCount(category); ++child) {
            const QModelIndex post = model.index(child, 0, category);
            posts << QFileInfo(post.data(PostTreeModel::FilePathRole).toString()).completeBaseName();
        }
        categories << category.data().toString() + u" ["_s + posts.join(u", "_s) + u']';
    }
    return categories.join(u"; "_s);
}

inline QString pathOf(const QModelIndex &index)
{
    return index.data(PostTreeModel::FilePathRole).toString();
}

// Records what a view would repaint for each category row the model reports changed, read at the
// moment of the signal (later rows may have shifted). Sorted, so tests do not pin the order.
class CategoryChanges : public QObject
{
public:
    explicit CategoryChanges(const QAbstractItemModel &model)
    {
        connect(&model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
            if (topLeft.isValid() && !topLeft.parent().isValid()) {
                m_seen << topLeft.data().toString();
                m_seen.sort();
            }
        });
    }
    const QStringList &sorted() const { return m_seen; }

private:
    QStringList m_seen;
};

// The blog the update tests start from.
inline const PostSpecs baseBlog = {
    {u"d-new", u"Design new", u"2024-03-01", u"Design"},
    {u"d-old", u"Design old", u"2024-01-01", u"Design"},
    {u"t1", u"Tutorial", u"2024-02-01", u"Tutorials"},
    {u"u1", u"Loose", u"2024-01-15", {}},
};
inline const QString baseOutline = u"Design (2) [d-new, d-old]; Tutorials (1) [t1]; Uncategorized (1) [u1]"_s;

// The blog the filter tests start from: a draft, a scheduled post (the fixture's clock is
// 2025-01-01), an accented title.
inline const PostSpecs filterBlog = {
    {u"d-new", u"Café Design", u"2024-03-01", u"Design"},
    {u"d-old", u"Design old", u"2024-01-01", u"Design", true},
    {u"t1", u"Tutorial", u"2024-02-01", u"Tutorials"},
    {u"s1", u"Future design", u"2026-06-01", u"Tutorials"},
    {u"u1", u"Loose", u"2024-01-15", {}},
};

inline QModelIndex parentOf(const QList<QVariant> &rowsSignal)
{
    return rowsSignal.at(0).value<QModelIndex>();
}

} // namespace PostTreeTest

Q_DECLARE_METATYPE(PostTreeTest::PostSpec)
