// The open post's safety net against real files: autosave, the recovery journal, and other
// programs writing, replacing or deleting the file while it is open.

#include "blog/recoveryjournal.h"
#include "editor/markdowneditor.h"
#include "mainwindow/postsession.h"
#include "testblog.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Postwright;
using namespace Postwright::Test;

namespace {

const QByteArray kPost = "---\ntitle: Hello\n---\nFirst paragraph.\n";

// What another program does: write a new file beside the old one and rename it over it.
void replaceAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    QVERIFY(file.commit());
}

void typeAtEnd(MarkdownEditor *editor, const QString &text)
{
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, text);
}

} // namespace

class TstPostSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_blog.emplace();
        m_path = m_blog->write(QStringLiteral("posts/hello.md"), kPost);
        m_editor.emplace();
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(&*m_editor));
        m_session.emplace(&*m_editor);
        m_session->setBlogRoot(m_blog->root());
        QVERIFY(m_session->open(m_path));
        m_editor->setFocus();
    }

    void cleanup()
    {
        m_session.reset();
        m_editor.reset();
        m_blog.reset();
    }

    void autosavesAfterTypingStops()
    {
        m_session->setAutosaveDelay(300);
        typeAtEnd(&*m_editor, QStringLiteral("More."));
        QVERIFY(m_session->isModified());
        QCOMPARE(m_blog->read(QStringLiteral("posts/hello.md")), kPost); // not per keystroke
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isModified(), 3000);
        QCOMPARE(m_blog->read(QStringLiteral("posts/hello.md")), kPost + "More.");
    }

    void journalFollowsTypingWithinASecond()
    {
        m_session->setAutosaveDelay(0); // the journal alone
        typeAtEnd(&*m_editor, QStringLiteral("Unsaved words"));
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->journal().pending().size(), 1, 3000);
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
        m_session->flushJournal();
        const RecoveryEntry entry = m_session->journal().pending().constFirst();
        QCOMPARE(entry.filePath, m_path);
        QCOMPARE(entry.text, QString::fromUtf8(kPost) + QStringLiteral("Unsaved words"));
        QCOMPARE(entry.diskHash, RecoveryJournal::hash(kPost));
    }

    void journalKeepsUpWhileTypingContinues()
    {
        // Typing without a pause must not postpone the journal (a debounce would, forever).
        m_session->setAutosaveDelay(0);
        m_editor->moveCursor(QTextCursor::End);
        QElapsedTimer clock;
        clock.start();
        int typed = 0;
        while (clock.elapsed() < 2500) {
            QTest::keyClick(&*m_editor, Qt::Key_A);
            ++typed;
            QTest::qWait(50);
        }
        m_session->flushJournal();
        const QList<RecoveryEntry> pending = m_session->journal().pending();
        QCOMPARE(pending.size(), 1);
        const qsizetype journaled = pending.constFirst().text.size() - kPost.size();
        // At most about a second of typing (20 keys at 50 ms) is missing.
        QVERIFY2(typed - journaled <= 25, qPrintable(QStringLiteral("%1 typed, %2 journaled").arg(typed).arg(journaled)));
    }

    void savingClearsTheJournal()
    {
        m_session->setAutosaveDelay(0);
        typeAtEnd(&*m_editor, QStringLiteral("x"));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->journal().pending().size(), 1, 3000);
        QVERIFY(m_session->save());
        m_session->flushJournal();
        QVERIFY(QDir(m_session->journal().folder()).entryList(QDir::Files).isEmpty());
    }

    void otherProgramsChangeIsTakenWithoutLocalEdits_data()
    {
        QTest::addColumn<bool>("atomically");
        QTest::newRow("written in place") << false;
        QTest::newRow("replaced by rename") << true;
    }

    void otherProgramsChangeIsTakenWithoutLocalEdits()
    {
        QFETCH(bool, atomically);
        QSignalSpy reloaded(&*m_session, &PostSession::reloadedFromDisk);
        // Twice: the watch must survive the first replacement.
        for (const QByteArray &body : {QByteArray("Pulled from git.\n"), QByteArray("Pulled again.\n")}) {
            const QByteArray theirs = "---\ntitle: Hello\n---\n" + body;
            if (atomically) {
                replaceAtomically(m_path, theirs);
            } else {
                QFile file(m_path);
                QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
                file.write(theirs);
            }
            QTRY_COMPARE_WITH_TIMEOUT(m_editor->markdown(), QString::fromUtf8(theirs), 5000);
            QVERIFY(!m_session->isModified());
            QCOMPARE(m_session->conflict(), PostSession::Conflict::None);
        }
        QCOMPARE(reloaded.size(), 2);
    }

    void localEditsAndOtherProgramsChangeAsk()
    {
        m_session->setAutosaveDelay(200);
        typeAtEnd(&*m_editor, QStringLiteral("Mine."));
        const QByteArray theirs = "---\ntitle: Hello\n---\nTheirs.\n";
        replaceAtomically(m_path, theirs);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->conflict(), PostSession::Conflict::ChangedOnDisk, 5000);
        QCOMPARE(m_session->diskText(), QString::fromUtf8(theirs));
        // Neither autosave nor a save overwrites the other version while the writer has not chosen.
        QTest::qWait(600);
        QVERIFY(!m_session->save());
        QCOMPARE(m_blog->read(QStringLiteral("posts/hello.md")), theirs);
        QVERIFY(m_editor->markdown().endsWith(QStringLiteral("Mine.")));
    }

    void keepMineWritesMine()
    {
        typeAtEnd(&*m_editor, QStringLiteral("Mine."));
        replaceAtomically(m_path, "theirs\n");
        QTRY_COMPARE_WITH_TIMEOUT(m_session->conflict(), PostSession::Conflict::ChangedOnDisk, 5000);
        QVERIFY(m_session->keepMine());
        QCOMPARE(m_session->conflict(), PostSession::Conflict::None);
        QCOMPARE(m_blog->read(QStringLiteral("posts/hello.md")), kPost + "Mine.");
        QVERIFY(!m_session->isModified());
    }

    void takeTheirsIsUndoable()
    {
        typeAtEnd(&*m_editor, QStringLiteral("Mine."));
        const QString mine = m_editor->markdown();
        replaceAtomically(m_path, "theirs\n");
        QTRY_COMPARE_WITH_TIMEOUT(m_session->conflict(), PostSession::Conflict::ChangedOnDisk, 5000);
        m_session->takeTheirs();
        QCOMPARE(m_editor->markdown(), QStringLiteral("theirs\n"));
        QVERIFY(!m_session->isModified());
        QCOMPARE(m_blog->read(QStringLiteral("posts/hello.md")), QByteArray("theirs\n"));
        m_editor->undo(); // the writer's text is one undo away
        QCOMPARE(m_editor->markdown(), mine);
    }

    void deletedFileIsReportedAndCanBeWrittenAgain()
    {
        typeAtEnd(&*m_editor, QStringLiteral("Mine."));
        QVERIFY(QFile::remove(m_path));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->conflict(), PostSession::Conflict::DeletedOnDisk, 5000);
        QVERIFY(m_session->autosave()); // skipped: does not bring a deleted file back by itself
        QVERIFY(!QFile::exists(m_path));
        QVERIFY(m_session->save()); // the writer asked
        QCOMPARE(m_blog->read(QStringLiteral("posts/hello.md")), kPost + "Mine.");
        QCOMPARE(m_session->conflict(), PostSession::Conflict::None);
    }

    void ownSavesAreNotChanges()
    {
        QSignalSpy conflicts(&*m_session, &PostSession::conflictChanged);
        QSignalSpy reloaded(&*m_session, &PostSession::reloadedFromDisk);
        for (int i = 0; i < 3; ++i) {
            typeAtEnd(&*m_editor, QStringLiteral("x"));
            QVERIFY(m_session->save());
        }
        QTest::qWait(600);
        QCOMPARE(conflicts.size(), 0);
        QCOMPARE(reloaded.size(), 0);
    }

    void recoveredTextOpensAsAnUndoableEdit()
    {
        const QString recovered = QString::fromUtf8(kPost) + QStringLiteral("Typed before the crash.");
        m_session->close();
        QVERIFY(m_session->openRecovered({m_path, recovered, QDateTime::currentDateTimeUtc(), RecoveryJournal::hash(kPost)}));
        QCOMPARE(m_editor->markdown(), recovered);
        QVERIFY(m_session->isModified());
        m_editor->undo();
        QCOMPARE(m_editor->markdown(), QString::fromUtf8(kPost));
    }

    void recoveredPostWithoutFileIsWrittenOnSave()
    {
        const QString gone = m_blog->path(QStringLiteral("posts/gone.md"));
        QVERIFY(m_session->openRecovered({gone, QStringLiteral("Never saved."), QDateTime::currentDateTimeUtc(), {}}));
        QVERIFY(m_session->save());
        QCOMPARE(m_blog->read(QStringLiteral("posts/gone.md")), QByteArray("Never saved."));
    }

private:
    std::optional<TestBlog> m_blog;
    std::optional<MarkdownEditor> m_editor;
    std::optional<PostSession> m_session;
    QString m_path;
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TstPostSession test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_postsession.moc"
