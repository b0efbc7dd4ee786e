#include "../app/blog/sitefixture.h"
#include "blog/blogindex.h"
#include "blog/frontmatter.h"
#include "blog/posttreemodel.h"
#include "posttree/newpostdialog.h"
#include "posttree/postactions.h"
#include "posttree/posttreepanel.h"
#include "posttree/posttreeview.h"
#include "posttree/renamepostdialog.h"
#include "posttree/undobar.h"
#include "testblog.h"
#include "util/atomicfile.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

using namespace Postwright;
using Postwright::Test::TestBlog;

namespace {

// A window with the post tree, an editor stand-in and the actions over a small blog, wired the
// way MainWindow wires them.
struct Window
{
    TestBlog blog;
    std::unique_ptr<BlogIndex> index;
    std::unique_ptr<QWidget> widget;
    PostTreeModel *model = nullptr;
    PostTreePanel *panel = nullptr;
    QPlainTextEdit *editor = nullptr;
    PostActions *actions = nullptr;
    int saves = 0;
    bool saveSucceeds = true;

    Window()
    {
        blog.writePost(QStringLiteral("posts/design/queue-or-log.md"), QStringLiteral("Queue or Log"),
                       QStringLiteral("2026-01-02"), QStringLiteral("Design"));
        blog.writePost(QStringLiteral("posts/devops/runbooks.md"), QStringLiteral("Runbooks"),
                       QStringLiteral("2026-01-03"), QStringLiteral("DevOps"));
        blog.writePost(QStringLiteral("posts/devops/error-budgets.md"), QStringLiteral("Error Budgets"),
                       QStringLiteral("2026-01-04"), QStringLiteral("DevOps"));
        index = std::make_unique<BlogIndex>(Blog::open(blog.root()).value());
        widget = std::make_unique<QWidget>();
        model = new PostTreeModel(index.get(), widget.get());
        panel = new PostTreePanel(widget.get());
        panel->setSourceModel(model);
        editor = new QPlainTextEdit(widget.get());
        actions = new PostActions(widget.get());
        actions->setBlog(&index->blog(), index.get());
        actions->setCategories({QStringLiteral("Security"), QStringLiteral("Uncategorized")});
        actions->setSaveOpenPost([this] {
            ++saves;
            return saveSucceeds;
        });
        actions->attachTo(panel->view());
        auto *layout = new QVBoxLayout(widget.get());
        layout->addWidget(actions->undoBar());
        layout->addWidget(panel);
        layout->addWidget(editor);
        widget->resize(400, 700);
    }

    QString path(const QString &relative) const { return blog.path(relative); }
    QAction *action(const char *id) const { return actions->action(QString::fromLatin1(id)); }
    PostTreeView *view() const { return panel->view(); }
    // The view's index (through the panel's filter proxy) of a post or a category.
    QModelIndex viewIndexOfPost(const QString &relative) const
    {
        return panel->proxyModel()->mapFromSource(model->indexForPath(path(relative)));
    }
    QModelIndex viewIndexOfCategory(const QString &name) const
    {
        const QAbstractItemModel *proxy = panel->proxyModel();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, 0).data(PostTreeModel::CategoryRole).toString() == name)
                return proxy->index(row, 0);
        }
        return {};
    }
    bool show()
    {
        widget->show();
        widget->activateWindow();
        return QTest::qWaitForWindowActive(widget.get());
    }
};

PostMetadata metadataOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Result<ParsedFrontMatter> parsed = FrontMatter::parse(QString::fromUtf8(file.readAll()));
    return parsed ? parsed.value().metadata : PostMetadata{};
}

template<typename Dialog>
Dialog *openDialog(QWidget *window)
{
    QTest::qWaitFor(
        [window] { return window->findChild<Dialog *>() && window->findChild<Dialog *>()->isVisible(); });
    return window->findChild<Dialog *>();
}

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestPostActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void actionsHaveIdsAndShortcuts();
    void newPostThroughDialog();
    void renameThroughDialog();
    void renameDialogShowsConflict();
    void failedSaveCancelsCommand();
    void dropOnCategoryChangesIt_data();
    void dropOnCategoryChangesIt();
    void dropIsRefusedWhereItMeansNothing();
    void deleteAndUndo();
    void deleteShortcutOnlyInTree();
    void duplicateOpensCopy();
    void contextMenuActsOnClickedPost();
    void brokenPostIsReported();
    void newPostFollowsTheSite_data();
    void newPostFollowsTheSite();
    void publishJekyllDraft();

private:
    QTemporaryDir m_dataHome;
};

void TestPostActions::initTestCase()
{
    // The system trash of this test run: $XDG_DATA_HOME/Trash.
    QVERIFY(m_dataHome.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome.path()));
}

void TestPostActions::actionsHaveIdsAndShortcuts()
{
    Window w;
    for (const char *id : {"post.new", "post.rename", "post.duplicate", "post.delete", "post.undoDelete",
                           "post.revealInFolder", "post.publishDraft"}) {
        QVERIFY2(w.action(id), id);
        QCOMPARE(w.action(id)->objectName(), QString::fromLatin1(id));
    }
    QCOMPARE(w.action("post.new")->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(w.action("post.rename")->shortcut(), QKeySequence(Qt::Key_F2));
    QCOMPARE(w.action("post.delete")->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(w.action("post.delete")->shortcutContext(), Qt::WidgetWithChildrenShortcut);
    QVERIFY(w.view()->actions().contains(w.action("post.delete")));
    QVERIFY(!w.widget->actions().contains(w.action("post.delete")));

    // Nothing to act on yet.
    QVERIFY(w.action("post.new")->isEnabled());
    QVERIFY(!w.action("post.rename")->isEnabled());
    QVERIFY(!w.action("post.delete")->isEnabled());
    QVERIFY(!w.action("post.undoDelete")->isEnabled());
    w.actions->setCurrentPost(w.path(QStringLiteral("posts/design/queue-or-log.md")));
    QVERIFY(w.action("post.rename")->isEnabled());
    QVERIFY(w.action("post.delete")->isEnabled());
}

void TestPostActions::newPostThroughDialog()
{
    Window w;
    QVERIFY(w.show());
    QSignalSpy created(w.actions, &PostActions::postCreated);
    // The selected post's category is the dialog's default.
    w.view()->setCurrentIndex(w.viewIndexOfPost(QStringLiteral("posts/devops/runbooks.md")));

    w.action("post.new")->trigger();
    auto *dialog = openDialog<NewPostDialog>(w.widget.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->categoryBox()->currentText(), QStringLiteral("DevOps"));
    // The blog's categories and the extra ones, without the "no category" pseudo-category.
    QStringList offered;
    for (int i = 0; i < dialog->categoryBox()->count(); ++i)
        offered << dialog->categoryBox()->itemText(i);
    QCOMPARE(offered, (QStringList{u"Design"_qs, u"DevOps"_qs, u"Security"_qs}));
    QVERIFY(!okButton(dialog)->isEnabled());
    dialog->titleEdit()->setText(QStringLiteral("Séance notes: on-call"));
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog->fileLabel()->text(), QStringLiteral("posts/devops/seance-notes-on-call.md"));
    dialog->categoryBox()->setCurrentText(QStringLiteral("Design"));
    QCOMPARE(dialog->fileLabel()->text(), QStringLiteral("posts/design/seance-notes-on-call.md"));
    okButton(dialog)->click();

    QCOMPARE(created.size(), 1);
    const QString path = w.path(QStringLiteral("posts/design/seance-notes-on-call.md"));
    QCOMPARE(created.first().first().toString(), path);
    const PostMetadata metadata = metadataOf(path);
    QCOMPARE(metadata.title, QStringLiteral("Séance notes: on-call"));
    QCOMPARE(metadata.categories, QStringList{QStringLiteral("Design")});
    QVERIFY(metadata.draft);
    QVERIFY(qAbs(metadata.date.secsTo(QDateTime::currentDateTime())) < 60);
    QVERIFY(w.model->indexForPath(path).isValid());       // in the tree at once
    QTRY_VERIFY(!w.widget->findChild<NewPostDialog *>()); // closed and gone
}

void TestPostActions::renameThroughDialog()
{
    Window w;
    QVERIFY(w.show());
    const QString path = w.path(QStringLiteral("posts/devops/runbooks.md"));
    w.actions->setCurrentPost(path);
    QSignalSpy moved(w.actions, &PostActions::postMoved);
    QSignalSpy rewritten(w.actions, &PostActions::postRewritten);

    w.action("post.rename")->trigger();
    auto *dialog = openDialog<RenamePostDialog>(w.widget.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("Runbooks"));
    QVERIFY(!okButton(dialog)->isEnabled()); // unchanged
    dialog->titleEdit()->setText(QStringLiteral("Runbooks People Actually Open"));
    QCOMPARE(dialog->fileLabel()->text(), QStringLiteral("posts/devops/runbooks-people-actually-open.md"));
    okButton(dialog)->click();

    const QString newPath = w.path(QStringLiteral("posts/devops/runbooks-people-actually-open.md"));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().at(0).toString(), path);
    QCOMPARE(moved.first().at(1).toString(), newPath);
    QCOMPARE(rewritten.size(), 1);
    QCOMPARE(rewritten.first().first().toString(), newPath);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(metadataOf(newPath).title, QStringLiteral("Runbooks People Actually Open"));
    QCOMPARE(w.actions->currentPost(), newPath);
    QVERIFY(!w.model->indexForPath(path).isValid());
    QCOMPARE(w.model->indexForPath(newPath).data(PostTreeModel::TitleRole).toString(),
             QStringLiteral("Runbooks People Actually Open"));
    QCOMPARE(w.saves, 1);
}

void TestPostActions::renameDialogShowsConflict()
{
    Window w;
    QVERIFY(w.show());
    w.actions->setCurrentPost(w.path(QStringLiteral("posts/devops/runbooks.md")));
    w.action("post.rename")->trigger();
    auto *dialog = openDialog<RenamePostDialog>(w.widget.get());
    QVERIFY(dialog);
    dialog->titleEdit()->setText(QStringLiteral("Error Budgets"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(dialog->fileLabel()->text().contains(u"error-budgets"), qPrintable(dialog->fileLabel()->text()));
    dialog->titleEdit()->setText(QStringLiteral("Error Budgets Revisited"));
    QVERIFY(okButton(dialog)->isEnabled());
    dialog->reject();
    QVERIFY(QFileInfo::exists(w.path(QStringLiteral("posts/devops/runbooks.md"))));
}

void TestPostActions::failedSaveCancelsCommand()
{
    Window w;
    const QString path = w.path(QStringLiteral("posts/devops/runbooks.md"));
    const QByteArray before = w.blog.read(QStringLiteral("posts/devops/runbooks.md"));
    w.saveSucceeds = false;
    QVERIFY(!w.actions->renamePost(path, QStringLiteral("Other")));
    QVERIFY(!w.actions->changeCategory(path, QStringLiteral("Design")));
    QVERIFY(!w.actions->deletePost(path));
    QCOMPARE(w.saves, 3);
    QCOMPARE(w.blog.read(QStringLiteral("posts/devops/runbooks.md")), before);
}

void TestPostActions::dropOnCategoryChangesIt_data()
{
    QTest::addColumn<bool>("ontoPost"); // onto a post of the category rather than its row
    QTest::newRow("category row") << false;
    QTest::newRow("post in category") << true;
}

void TestPostActions::dropOnCategoryChangesIt()
{
    QFETCH(bool, ontoPost);
    Window w;
    QVERIFY(w.show());
    const QString path = w.path(QStringLiteral("posts/devops/runbooks.md"));
    QSignalSpy rewritten(w.actions, &PostActions::postRewritten);
    const QModelIndex target = ontoPost ? w.viewIndexOfPost(QStringLiteral("posts/design/queue-or-log.md"))
                                        : w.viewIndexOfCategory(QStringLiteral("Design"));
    QVERIFY(target.isValid());
    const QPoint pos = w.view()->visualRect(target).center();
    std::unique_ptr<QMimeData> data(PostTreeView::createPostMimeData(path, QStringLiteral("DevOps")));
    QWidget *viewport = w.view()->viewport();

    QDragEnterEvent enter(pos, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(pos, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QVERIFY(move.isAccepted());
    QCOMPARE(w.view()->dropTargetCategory(), QStringLiteral("Design")); // highlighted
    QDropEvent drop(pos, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(w.view()->dropTargetCategory().isEmpty());

    QCOMPARE(metadataOf(path).categories, QStringList{QStringLiteral("Design")});
    QCOMPARE(rewritten.size(), 1);
    QCOMPARE(rewritten.first().first().toString(), path);
    QCOMPARE(w.model->indexForPath(path).data(PostTreeModel::CategoryRole).toString(),
             QStringLiteral("Design"));
}

void TestPostActions::dropIsRefusedWhereItMeansNothing()
{
    Window w;
    QVERIFY(w.show());
    const QString path = w.path(QStringLiteral("posts/devops/runbooks.md"));
    const QByteArray before = w.blog.read(QStringLiteral("posts/devops/runbooks.md"));
    QWidget *viewport = w.view()->viewport();

    // Its own category.
    std::unique_ptr<QMimeData> post(PostTreeView::createPostMimeData(path, QStringLiteral("DevOps")));
    const QPoint own = w.view()->visualRect(w.viewIndexOfCategory(QStringLiteral("DevOps"))).center();
    QDragEnterEvent enter(own, Qt::MoveAction, post.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(own, Qt::MoveAction, post.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QVERIFY(!move.isAccepted());
    QVERIFY(w.view()->dropTargetCategory().isEmpty());
    QDropEvent drop(own, Qt::MoveAction, post.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(!drop.isAccepted());

    // A file from another program.
    QMimeData file;
    file.setUrls({QUrl::fromLocalFile(w.path(QStringLiteral("posts/design/queue-or-log.md")))});
    const QPoint design = w.view()->visualRect(w.viewIndexOfCategory(QStringLiteral("Design"))).center();
    QDragEnterEvent fileEnter(design, Qt::CopyAction | Qt::MoveAction, &file, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &fileEnter);
    QVERIFY(!fileEnter.isAccepted());
    QDropEvent fileDrop(design, Qt::CopyAction | Qt::MoveAction, &file, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &fileDrop);
    QVERIFY(!fileDrop.isAccepted());

    QCOMPARE(w.blog.read(QStringLiteral("posts/devops/runbooks.md")), before);
}

void TestPostActions::deleteAndUndo()
{
    Window w;
    QVERIFY(w.show());
    const QString path = w.path(QStringLiteral("posts/devops/runbooks.md"));
    const QByteArray content = w.blog.read(QStringLiteral("posts/devops/runbooks.md"));
    w.actions->setCurrentPost(path);
    QSignalSpy deleted(w.actions, &PostActions::postDeleted);
    QSignalSpy restored(w.actions, &PostActions::postRestored);

    w.action("post.delete")->trigger();
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.first().first().toString(), path);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(QFileInfo::exists(m_dataHome.filePath(QStringLiteral("Trash/files/runbooks.md"))));
    QVERIFY(!w.model->indexForPath(path).isValid());
    UndoBar *bar = w.widget->findChild<UndoBar *>(QStringLiteral("undoBar"));
    QVERIFY(bar);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->text(), QStringLiteral("“Runbooks” moved to the trash."));
    QVERIFY(w.action("post.undoDelete")->isEnabled());
    QVERIFY(w.actions->currentPost().isEmpty());

    bar->findChild<QToolButton *>(QStringLiteral("undoBarUndo"))->click();
    QCOMPARE(restored.size(), 1);
    QCOMPARE(w.blog.read(QStringLiteral("posts/devops/runbooks.md")), content);
    QVERIFY(!QFileInfo::exists(m_dataHome.filePath(QStringLiteral("Trash/files/runbooks.md"))));
    QVERIFY(w.model->indexForPath(path).isValid());
    QVERIFY(!bar->isVisible());
    QVERIFY(!w.action("post.undoDelete")->isEnabled());

    // The bar hides itself; the action still undoes.
    bar->setTimeout(50);
    QVERIFY(w.actions->deletePost(path));
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(!bar->isVisible());
    w.action("post.undoDelete")->trigger();
    QCOMPARE(w.blog.read(QStringLiteral("posts/devops/runbooks.md")), content);
}

void TestPostActions::deleteShortcutOnlyInTree()
{
    Window w;
    QVERIFY(w.show());
    const QString path = w.path(QStringLiteral("posts/devops/runbooks.md"));
    w.actions->setCurrentPost(path);

    w.editor->setPlainText(QStringLiteral("abc"));
    w.editor->setFocus();
    QTRY_VERIFY(w.editor->hasFocus());
    w.editor->moveCursor(QTextCursor::Start);
    QTest::keyClick(w.editor, Qt::Key_Delete);
    QCOMPARE(w.editor->toPlainText(), QStringLiteral("bc")); // the editor's Delete
    QVERIFY(QFileInfo::exists(path));

    w.view()->setFocus();
    QTRY_VERIFY(w.view()->hasFocus());
    QTest::keyClick(w.view(), Qt::Key_Delete);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(w.editor->toPlainText(), QStringLiteral("bc"));
}

void TestPostActions::duplicateOpensCopy()
{
    Window w;
    const QString path = w.path(QStringLiteral("posts/design/queue-or-log.md"));
    w.actions->setCurrentPost(path);
    QSignalSpy created(w.actions, &PostActions::postCreated);
    w.action("post.duplicate")->trigger();
    QCOMPARE(created.size(), 1);
    const QString copy = w.path(QStringLiteral("posts/design/queue-or-log-copy.md"));
    QCOMPARE(created.first().first().toString(), copy);
    QCOMPARE(metadataOf(copy).title, QStringLiteral("Queue or Log (copy)"));
    QVERIFY(w.model->indexForPath(copy).isValid());
}

void TestPostActions::contextMenuActsOnClickedPost()
{
    Window w;
    QVERIFY(w.show());
    w.actions->setCurrentPost(w.path(QStringLiteral("posts/devops/runbooks.md")));
    QSignalSpy created(w.actions, &PostActions::postCreated);
    QStringList shown;
    QTimer::singleShot(0, w.widget.get(), [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions())
            shown << action->objectName();
        w.action("post.duplicate")->trigger();
        menu->close();
    });
    const QPoint pos =
        w.view()->visualRect(w.viewIndexOfPost(QStringLiteral("posts/design/queue-or-log.md"))).center();
    Q_EMIT w.view()->customContextMenuRequested(pos);

    QVERIFY(shown.contains(u"post.rename"_qs));
    QVERIFY(shown.contains(u"post.delete"_qs));
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().first().toString(), w.path(QStringLiteral("posts/design/queue-or-log-copy.md")));
    // After the menu, the commands act on the current post again.
    QCOMPARE(w.actions->currentPost(), w.path(QStringLiteral("posts/devops/runbooks.md")));
}

void TestPostActions::brokenPostIsReported()
{
    Window w;
    const QByteArray broken = "---\ntitle: Broken\ncategories: [DevOps\n---\nText.\n";
    const QString path = w.blog.write(QStringLiteral("posts/devops/broken.md"), broken);
    QSignalSpy errors(w.actions, &PostActions::errorOccurred);
    QVERIFY(!w.actions->changeCategory(path, QStringLiteral("Design")));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().at(1).toString().startsWith(u"posts/devops/broken.md:3"),
             qPrintable(errors.first().at(1).toString()));
    QCOMPARE(w.blog.read(QStringLiteral("posts/devops/broken.md")), broken);
}

namespace {

// The post tree and the actions over a Hugo or Jekyll fixture site, wired as MainWindow wires them.
struct SiteWindow
{
    Test::SiteFixture site;
    std::unique_ptr<BlogIndex> index;
    std::unique_ptr<QWidget> widget;
    PostTreeModel *model = nullptr;
    PostTreePanel *panel = nullptr;
    PostActions *actions = nullptr;
    int saves = 0;

    explicit SiteWindow(const QString &fixture)
        : site(fixture)
    {
        index = std::make_unique<BlogIndex>(Blog::open(site.root()).value());
        widget = std::make_unique<QWidget>();
        model = new PostTreeModel(index.get(), widget.get());
        panel = new PostTreePanel(widget.get());
        panel->setSourceModel(model);
        actions = new PostActions(widget.get());
        actions->setBlog(&index->blog(), index.get());
        actions->setSaveOpenPost([this] {
            ++saves;
            return true;
        });
        actions->attachTo(panel->view());
        auto *layout = new QVBoxLayout(widget.get());
        layout->addWidget(panel);
        widget->resize(400, 600);
    }
    QAction *action(const char *id) const { return actions->action(QString::fromLatin1(id)); }
    bool show()
    {
        widget->show();
        widget->activateWindow();
        return QTest::qWaitForWindowActive(widget.get());
    }
};

// The file's text with its date line's value replaced: the date is now, to the second.
QString withoutDate(QString text)
{
    static const QRegularExpression date(uR"(^date( =|:) .*$)"_qs, QRegularExpression::MultilineOption);
    return text.replace(date, u"date\\1 NOW"_qs);
}

} // namespace

void TestPostActions::newPostFollowsTheSite_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("draft");
    QTest::addColumn<QString>("file"); // TODAY: the date
    QTest::addColumn<QString>("text");

    QTest::newRow("jekyll post") << "jekyll-site" << "" << false << "_posts/TODAY-fresh-start-day-one.md"
                                 << "---\nlayout: post\ntitle: \"Fresh start: day one\"\ndate: NOW\n---\n\n";
    QTest::newRow("jekyll draft") << "jekyll-site" << "" << true << "_drafts/fresh-start-day-one.md"
                                  << "---\nlayout: post\ntitle: \"Fresh start: day one\"\n---\n\n";
    QTest::newRow("hugo, the archetype of posts/ (hugo cannot run: no theme)")
        << "hugo-site" << "" << true << "content/posts/fresh-start-day-one.md"
        << "+++\ntitle = 'Fresh start: day one'\ndate = NOW\ndraft = true\n# The theme reads these.\n"
           "series = ''\nauthor = ''\n+++\n\n";
    QTest::newRow("hugo, the notes section, TOML like most posts")
        << "hugo-site" << "notes" << false << "content/notes/fresh-start-day-one.md"
        << "+++\ntitle = \"Fresh start: day one\"\ndate = NOW\ndraft = false\n+++\n\n";
}

// The real New Post command on a Hugo and a Jekyll site: the dialog shows the file the site's
// conventions give, and the post created there starts as the site starts its posts.
void TestPostActions::newPostFollowsTheSite()
{
    QFETCH(QString, fixture);
    QFETCH(QString, category);
    QFETCH(bool, draft);
    QFETCH(QString, file);
    QFETCH(QString, text);

    SiteWindow w(fixture);
    QVERIFY(w.show());
    QSignalSpy created(w.actions, &PostActions::postCreated);
    w.action("post.new")->trigger();
    auto *dialog = openDialog<NewPostDialog>(w.widget.get());
    QVERIFY(dialog);
    QVERIFY(dialog->draftBox()->isChecked()); // a draft unless the writer says otherwise
    dialog->titleEdit()->setText(QStringLiteral("Fresh start: day one"));
    dialog->categoryBox()->setCurrentText(category);
    dialog->draftBox()->setChecked(draft);
    file.replace(u"TODAY"_qs, QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(dialog->fileLabel()->text(), file);
    okButton(dialog)->click();

    QCOMPARE(created.size(), 1);
    const QString path = w.site.path(file);
    QCOMPARE(created.first().first().toString(), path);
    const QString written = QString::fromUtf8(AtomicFile::read(path).value());
    QCOMPARE(withoutDate(written), text);
    const Post post = Post::load(path, w.site.root());
    QVERIFY2(!post.error, post.error ? qPrintable(post.error->toString()) : "");
    QVERIFY(qAbs(post.metadata.date.secsTo(QDateTime::currentDateTime())) < 60 || file.startsWith(u"_drafts/"));
    QCOMPARE(post.status(), draft ? Post::Status::Draft : Post::Status::Published);
    QVERIFY(w.model->indexForPath(path).isValid()); // in the tree at once
}

void TestPostActions::publishJekyllDraft()
{
    SiteWindow w(QStringLiteral("jekyll-site"));
    QVERIFY(w.action("post.publishDraft")->isVisible());
    const QString draft = w.site.path(QStringLiteral("_drafts/work-in-progress.md"));
    const QByteArray bytes = AtomicFile::read(draft).value();
    w.actions->setCurrentPost(w.site.path(QStringLiteral("_posts/2024-03-05-hello-world.md")));
    QVERIFY(!w.action("post.publishDraft")->isEnabled()); // already in _posts/
    w.actions->setCurrentPost(draft);
    QVERIFY(w.action("post.publishDraft")->isEnabled());

    QSignalSpy moved(w.actions, &PostActions::postMoved);
    w.action("post.publishDraft")->trigger();
    // No date in its front matter: published today, under the same name, the text untouched.
    const QString published = w.site.path(
        QStringLiteral("_posts/%1-work-in-progress.md").arg(QDate::currentDate().toString(Qt::ISODate)));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().at(0).toString(), draft);
    QCOMPARE(moved.first().at(1).toString(), published);
    QCOMPARE(w.saves, 1); // the open post's text was saved before the move
    QVERIFY(!QFileInfo::exists(draft));
    QCOMPARE(AtomicFile::read(published).value(), bytes);
    QCOMPARE(w.actions->currentPost(), published);
    QVERIFY(!w.action("post.publishDraft")->isEnabled());
    QVERIFY(w.model->indexForPath(published).isValid());
    QVERIFY(!w.model->indexForPath(draft).isValid());
    QCOMPARE(w.index->post(published)->status(), Post::Status::Published);

    // Not a Jekyll site: no such command.
    Window native;
    QVERIFY(!native.action("post.publishDraft")->isVisible());
}

QTEST_MAIN(TestPostActions)
#include "tst_postactions.moc"
