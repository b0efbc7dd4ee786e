#include "blog/recoveryjournal.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright;

class TestRecoveryJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        m_journal = RecoveryJournal(m_dir->path());
        m_post = m_dir->filePath(QStringLiteral("posts/hello.md"));
        QVERIFY(AtomicFile::write(m_post, "---\ntitle: Hello\n---\nSaved text.\n"));
    }

    void unsavedTextIsOffered()
    {
        const QString text = QStringLiteral("---\ntitle: Hello\n---\nSaved text. And more — ünïcode.\n");
        const QDateTime at = QDateTime::currentDateTimeUtc();
        QVERIFY(m_journal.write({m_post, text, at, RecoveryJournal::hash("x")}));

        const QList<RecoveryEntry> pending = RecoveryJournal(m_dir->path()).pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending[0].filePath, m_post);
        QCOMPARE(pending[0].text, text);
        QCOMPARE(pending[0].diskHash, RecoveryJournal::hash("x"));
        QCOMPARE(pending[0].writtenAt.toMSecsSinceEpoch(), at.toMSecsSinceEpoch());
    }

    void latestWriteWins()
    {
        QVERIFY(m_journal.write({m_post, QStringLiteral("first"), QDateTime::currentDateTimeUtc(), {}}));
        QVERIFY(m_journal.write({m_post, QStringLiteral("second"), QDateTime::currentDateTimeUtc(), {}}));
        const QList<RecoveryEntry> pending = m_journal.pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending[0].text, QStringLiteral("second"));
    }

    void textEqualToDiskIsDropped()
    {
        // The post was saved after the last journal write: nothing to recover, and the entry goes.
        QVERIFY(m_journal.write({m_post, QStringLiteral("---\ntitle: Hello\n---\nSaved text.\n"), QDateTime::currentDateTimeUtc(), {}}));
        QVERIFY(m_journal.pending().isEmpty());
        QVERIFY(QDir(m_journal.folder()).entryList(QDir::Files).isEmpty());
    }

    void crlfFileComparedAsText()
    {
        QVERIFY(AtomicFile::write(m_post, "a\r\nb\r\n"));
        QVERIFY(m_journal.write({m_post, QStringLiteral("a\nb\n"), QDateTime::currentDateTimeUtc(), {}}));
        QVERIFY(m_journal.pending().isEmpty());
    }

    void postWithoutFileIsOffered()
    {
        // A post whose file is gone (deleted meanwhile, or never written) still comes back.
        const QString missing = m_dir->filePath(QStringLiteral("posts/never-saved.md"));
        QVERIFY(m_journal.write({missing, QStringLiteral("draft"), QDateTime::currentDateTimeUtc(), {}}));
        const QList<RecoveryEntry> pending = m_journal.pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending[0].filePath, missing);
    }

    void removeForgets()
    {
        QVERIFY(m_journal.write({m_post, QStringLiteral("x"), QDateTime::currentDateTimeUtc(), {}}));
        m_journal.remove(m_post);
        QVERIFY(m_journal.pending().isEmpty());
    }

    void newestFirst()
    {
        const QString other = m_dir->filePath(QStringLiteral("posts/other.md"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(m_journal.write({m_post, QStringLiteral("old"), now.addSecs(-60), {}}));
        QVERIFY(m_journal.write({other, QStringLiteral("new"), now, {}}));
        const QList<RecoveryEntry> pending = m_journal.pending();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending[0].filePath, other);
    }

    void damagedEntriesAreSkipped()
    {
        QVERIFY(QDir().mkpath(m_journal.folder()));
        QVERIFY(AtomicFile::write(m_journal.folder() + QStringLiteral("/garbage.json"), "{not json"));
        QVERIFY(AtomicFile::write(m_journal.folder() + QStringLiteral("/future.json"), R"({"format": 99, "text": "x"})"));
        QVERIFY(m_journal.pending().isEmpty());
        // Left for a newer version (or a person) to look at, not deleted.
        QCOMPARE(QDir(m_journal.folder()).entryList(QDir::Files).size(), 2);
    }

private:
    std::optional<QTemporaryDir> m_dir;
    RecoveryJournal m_journal;
    QString m_post;
};

QTEST_GUILESS_MAIN(TestRecoveryJournal)
#include "tst_recoveryjournal.moc"
