// Help → Keyboard Shortcuts: built from the live actions (grouped by menu, submenus named, each
// action once, hidden and id-less ones left out), the filter, the copy, and the real window's list.

#include "dialogs/shortcutsdialog.h"
#include "mainwindow/mainwindow.h"
#include "uitestfixture.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace Postwright;
using namespace Postwright::Test;

namespace {

QAction *addAction(QMainWindow *window, QMenu *menu, const char *id, const QString &text,
                   const QKeySequence &key)
{
    auto *action = new QAction(text, window);
    action->setObjectName(QString::fromLatin1(id));
    action->setShortcut(key);
    if (menu)
        menu->addAction(action);
    else
        window->addAction(action);
    return action;
}

// The rows the dialog shows now: "Group|Command|Shortcut".
QStringList visibleRows(const ShortcutsDialog &dialog)
{
    QStringList rows;
    const QTreeWidget *list = dialog.list();
    if (list->isHidden())
        return rows;
    for (int g = 0; g < list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            const QTreeWidgetItem *item = group->child(i);
            if (!group->isHidden() && !item->isHidden())
                rows.append(group->text(0) + u'|' + item->text(0) + u'|' + item->text(1));
        }
    }
    return rows;
}

QString native(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText);
}

} // namespace

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void collectsByMenu();
    void filters_data();
    void filters();
    void filterWithoutMatchSaysSo();
    void copiesWhatIsShown();
    void listsTheWindowsCommands();

private:
    // A window with File (Open, Save, a submenu), Edit (Save again, a hidden command), an id-less
    // command and a window-only command.
    void buildWindow(QMainWindow &window);
};

void TestShortcutsDialog::buildWindow(QMainWindow &window)
{
    QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
    addAction(&window, file, "file.open", QStringLiteral("&Open Blog\u2026"), QKeySequence::Open);
    QAction *save = addAction(&window, file, "file.save", QStringLiteral("&Save"), QKeySequence::Save);
    file->addSeparator();
    addAction(&window, file, "file.noKey", QStringLiteral("No Key"), QKeySequence());
    QMenu *recent = file->addMenu(QStringLiteral("&Recent"));
    addAction(&window, recent, "file.recent1", QStringLiteral("Q&&A Blog"),
              QKeySequence(QStringLiteral("Ctrl+1")));
    QMenu *edit = window.menuBar()->addMenu(QStringLiteral("&Edit"));
    edit->addAction(save); // listed once, under its first menu
    addAction(&window, edit, "edit.hidden", QStringLiteral("Hidden"), QKeySequence(QStringLiteral("Ctrl+H")))
        ->setVisible(false);
    auto *anonymous = new QAction(QStringLiteral("Qt's own"), &window);
    anonymous->setShortcut(QKeySequence(QStringLiteral("Ctrl+J")));
    window.addAction(anonymous);
    addAction(&window, nullptr, "view.focus", QStringLiteral("&Focus Mode"), QKeySequence(Qt::Key_F11));
}

void TestShortcutsDialog::collectsByMenu()
{
    QMainWindow window;
    buildWindow(window);
    const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::collect(&window);
    QStringList rows;
    for (const ShortcutsDialog::Entry &entry : entries)
        rows.append(entry.group + u'|' + entry.command + u'|' + entry.shortcut + u'|' + entry.id);
    const QStringList expected{
        QStringLiteral("File|Open Blog|%1|file.open").arg(native(QKeySequence::Open)),
        QStringLiteral("File|Save|%1|file.save").arg(native(QKeySequence::Save)),
        QStringLiteral("File|Recent \u25b8 Q&A Blog|%1|file.recent1")
            .arg(native(QKeySequence(QStringLiteral("Ctrl+1")))),
        QStringLiteral("Other|Focus Mode|%1|view.focus").arg(native(QKeySequence(Qt::Key_F11))),
    };
    QCOMPARE(rows, expected);

    ShortcutsDialog dialog(&window);
    QCOMPARE(dialog.list()->topLevelItemCount(), 2); // File and Other; Edit has nothing left
    QCOMPARE(visibleRows(dialog).size(), 4);
}

void TestShortcutsDialog::filters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("commands");

    const QString open = QStringLiteral("Open Blog");
    const QString save = QStringLiteral("Save");
    const QString recent = QStringLiteral("Recent \u25b8 Q&A Blog");
    const QString focus = QStringLiteral("Focus Mode");
    QTest::newRow("nothing") << QString() << QStringList{open, save, recent, focus};
    QTest::newRow("command, any case") << QStringLiteral("open") << QStringList{open};
    QTest::newRow("words in any order") << QStringLiteral("blog open") << QStringList{open};
    QTest::newRow("submenu") << QStringLiteral("recent") << QStringList{recent};
    QTest::newRow("key") << native(QKeySequence(Qt::Key_F11)).toLower() << QStringList{focus};
    QTest::newRow("group") << QStringLiteral("other") << QStringList{focus};
    QTest::newRow("id") << QStringLiteral("file.save") << QStringList{save};
}

void TestShortcutsDialog::filters()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, commands);
    QMainWindow window;
    buildWindow(window);
    ShortcutsDialog dialog(&window);
    dialog.setFilter(filter);
    QStringList shown;
    for (const QString &row : visibleRows(dialog))
        shown.append(row.section(u'|', 1, 1));
    QCOMPARE(shown, commands);
}

void TestShortcutsDialog::filterWithoutMatchSaysSo()
{
    QMainWindow window;
    buildWindow(window);
    ShortcutsDialog dialog(&window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("shortcutFilter"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("zzz"));
    auto *empty = dialog.findChild<QLabel *>(QStringLiteral("shortcutsEmpty"));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("zzz")));
    QVERIFY(!dialog.list()->isVisible());
    filter->clear();
    QVERIFY(!empty->isVisible());
    QVERIFY(dialog.list()->isVisible());
}

void TestShortcutsDialog::copiesWhatIsShown()
{
    QMainWindow window;
    buildWindow(window);
    ShortcutsDialog dialog(&window);
    dialog.setFilter(QStringLiteral("save"));
    dialog.findChild<QPushButton *>(QStringLiteral("copyShortcuts"))->click();
    const QMimeData *copied = QApplication::clipboard()->mimeData();
    QVERIFY(copied);
    QCOMPARE(copied->text(), QStringLiteral("File\nSave\t%1\n").arg(native(QKeySequence::Save)));
    QVERIFY(copied->html().contains(QStringLiteral("<th colspan=\"2\" align=\"left\">File</th>")));
    QVERIFY(!copied->html().contains(QStringLiteral("Open Blog")));
}

void TestShortcutsDialog::listsTheWindowsCommands()
{
    WindowFixture fixture;
    QVERIFY(fixture.setUp());
    const auto window = fixture.openWindow();

    QAction *help = window->action(QStringLiteral("help.shortcuts"));
    QVERIFY(help);
    QVERIFY(!help->shortcuts().isEmpty());
    help->trigger();
    auto *dialog = window->findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::collect(window.get());
    const auto entry = [&entries](const QString &id) {
        for (const ShortcutsDialog::Entry &candidate : entries) {
            if (candidate.id == id)
                return candidate;
        }
        return ShortcutsDialog::Entry{};
    };
    QCOMPARE(entry(QStringLiteral("file.openBlog")).shortcut, native(QKeySequence::Open));
    QCOMPARE(entry(QStringLiteral("file.openBlog")).command, QStringLiteral("Open Blog"));
    QCOMPARE(entry(QStringLiteral("file.openBlog")).group, QStringLiteral("File"));
    QCOMPARE(entry(QStringLiteral("format.bold")).group,
             QStringLiteral("Format")); // the editor's Markdown keys
    QVERIFY(entry(QStringLiteral("help.shortcuts"))
                .shortcut.contains(native(QKeySequence(QStringLiteral("Ctrl+/")))));

    // Every project command with a shortcut is there, once.
    QStringList ids;
    for (const ShortcutsDialog::Entry &candidate : entries)
        ids.append(candidate.id);
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (!action->objectName().isEmpty() && action->isVisible() && !action->shortcut().isEmpty())
            QVERIFY2(ids.count(action->objectName()) >= 1, qPrintable(action->objectName()));
    }
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());

    dialog->setFilter(QStringLiteral("open blog"));
    const QStringList rows = visibleRows(*dialog);
    QVERIFY2(rows.contains(QStringLiteral("File|Open Blog|%1").arg(native(QKeySequence::Open))),
             qPrintable(rows.join(u'\n')));

    // A second Help → Keyboard Shortcuts raises this one.
    help->trigger();
    QCOMPARE(window->findChildren<ShortcutsDialog *>().size(), 1);
    dialog->close();
    fixture.tearDown();
}

int main(int argc, char *argv[])
{
    prepareGuiTestEnvironment();
    QApplication app(argc, argv);
    TestShortcutsDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_shortcutsdialog.moc"
