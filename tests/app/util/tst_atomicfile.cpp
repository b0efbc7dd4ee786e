#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <csignal>

using namespace Postwright;
using namespace Qt::StringLiterals;

namespace {

// Makes writes beyond `bytes` fail for real with EFBIG ("File too large"), as a full disk would,
// even for root, for whom permission tricks do not work. Restores the limit when it goes.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN); // else the kernel kills the test
        m_active = getrlimit(RLIMIT_FSIZE, &m_previous) == 0;
        rlimit limit = m_previous;
        limit.rlim_cur = bytes;
        m_active = m_active && setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        if (m_active)
            setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    bool isActive() const { return m_active; }

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = nullptr;
    bool m_active = false;
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// For QVERIFY2, which evaluates its message even when the check passes.
template<typename T>
QByteArray errorText(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toLocal8Bit();
}

QStringList entriesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesNewFileAndItsFolders();
    void replacesExistingFile();
    void writesEmptyFile();
    void failedWriteKeepsOldContent();
    void unwritableDestinationIsAnError_data();
    void unwritableDestinationIsAnError();
    void writeNewCreatesOnlyNewFiles();
    void failedWriteNewLeavesNothing();
    void readsWholeFile();
    void readingMissingFileNamesIt();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAtomicFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAtomicFile::writesNewFileAndItsFolders()
{
    const QString path = m_dir->filePath(u"posts/2024/hello.md"_s);
    const Result<void> result = AtomicFile::write(path, "# Hello\n");
    QVERIFY2(result.ok(), errorText(result).constData());
    QCOMPARE(readFile(path), "# Hello\n");
    QCOMPARE(entriesIn(m_dir->filePath(u"posts/2024"_s)), QStringList{u"hello.md"_s});
}

void TestAtomicFile::replacesExistingFile()
{
    const QString path = m_dir->filePath(u"a.md"_s);
    QVERIFY(AtomicFile::write(path, "old text that is longer than the new one\n").ok());
    const Result<void> result = AtomicFile::write(path, "new\n");
    QVERIFY2(result.ok(), errorText(result).constData());
    QCOMPARE(readFile(path), "new\n");
    QCOMPARE(entriesIn(m_dir->path()), QStringList{u"a.md"_s});
}

void TestAtomicFile::writesEmptyFile()
{
    const QString path = m_dir->filePath(u"a.md"_s);
    QVERIFY(AtomicFile::write(path, "old\n").ok());
    QVERIFY(AtomicFile::write(path, QByteArray()).ok());
    QVERIFY(QFile::exists(path));
    QCOMPARE(readFile(path), QByteArray());
}

void TestAtomicFile::failedWriteKeepsOldContent()
{
    const QString path = m_dir->filePath(u"a.md"_s);
    const QByteArray oldContent = "---\ntitle: Keep me\n---\nEvery word matters.\n";
    QVERIFY(AtomicFile::write(path, oldContent).ok());

    Result<void> result;
    {
        FileSizeLimit limit(64 * 1024);
        QVERIFY(limit.isActive());
        result = AtomicFile::write(path, QByteArray(1024 * 1024, 'x'));
    }

    QVERIFY(!result.ok());
    QCOMPARE(result.error().file, path);
    QCOMPARE(result.error().message,
             u"Could not save the file: %1"_s.arg(qt_error_string(EFBIG)));
    QCOMPARE(readFile(path), oldContent);
    QCOMPARE(entriesIn(m_dir->path()), QStringList{u"a.md"_s}); // no temporary file left behind
}

void TestAtomicFile::unwritableDestinationIsAnError_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QString>("reason");

    // "blocker" is a regular file, "folder" an empty folder.
    QTest::newRow("parent is a file") << u"blocker/a.md"_s << qt_error_string(ENOTDIR);
    QTest::newRow("ancestor is a file") << u"blocker/posts/a.md"_s << qt_error_string(ENOTDIR);
    // Qt's own words: QFile refuses a folder before the system is asked.
    QTest::newRow("destination is a folder") << u"folder"_s << u"Filename refers to a directory"_s;
}

void TestAtomicFile::unwritableDestinationIsAnError()
{
    QFETCH(QString, relativePath);
    QFETCH(QString, reason);

    QVERIFY(AtomicFile::write(m_dir->filePath(u"blocker"_s), "in the way\n").ok());
    QVERIFY(QDir(m_dir->path()).mkdir(u"folder"_s));

    const QString path = m_dir->filePath(relativePath);
    const Result<void> result = AtomicFile::write(path, "text\n");
    QVERIFY(!result.ok());
    QCOMPARE(result.error().file, path);
    QCOMPARE(result.error().message, u"Could not save the file: %1"_s.arg(reason));
    QCOMPARE(readFile(m_dir->filePath(u"blocker"_s)), "in the way\n");
    QCOMPARE(entriesIn(m_dir->path()), (QStringList{u"blocker"_s, u"folder"_s}));
    QVERIFY(entriesIn(m_dir->filePath(u"folder"_s)).isEmpty());
}

void TestAtomicFile::writeNewCreatesOnlyNewFiles()
{
    const QString path = m_dir->filePath(u"posts/new/index.md"_s);
    const Result<void> created = AtomicFile::writeNew(path, "# New\n");
    QVERIFY2(created.ok(), errorText(created).constData());
    QCOMPARE(readFile(path), "# New\n");

    // A second writer with the same name is refused, and the first one's text stays.
    const Result<void> again = AtomicFile::writeNew(path, "# Other\n");
    QVERIFY(!again.ok());
    QCOMPARE(again.error().file, path);
    QVERIFY2(again.error().message.startsWith(u"The file could not be created: "), qPrintable(again.error().message));
    QCOMPARE(readFile(path), "# New\n");
    QCOMPARE(entriesIn(m_dir->filePath(u"posts/new"_s)), QStringList{u"index.md"_s});
}

void TestAtomicFile::failedWriteNewLeavesNothing()
{
    const QString path = m_dir->filePath(u"big.md"_s);
    Result<void> result;
    {
        FileSizeLimit limit(64 * 1024);
        QVERIFY(limit.isActive());
        result = AtomicFile::writeNew(path, QByteArray(1024 * 1024, 'x'));
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, u"Could not save the file: %1"_s.arg(qt_error_string(EFBIG)));
    QCOMPARE(entriesIn(m_dir->path()), QStringList()); // neither the reservation nor a temporary file
}

void TestAtomicFile::readsWholeFile()
{
    const QString path = m_dir->filePath(u"a.md"_s);
    const QByteArray content = QByteArray("\xef\xbb\xbfline one\r\nline two\0after nul", 30);
    QVERIFY(AtomicFile::write(path, content).ok());
    const Result<QByteArray> result = AtomicFile::read(path);
    QVERIFY2(result.ok(), errorText(result).constData());
    QCOMPARE(result.value(), content);
}

void TestAtomicFile::readingMissingFileNamesIt()
{
    const QString path = m_dir->filePath(u"missing.md"_s);
    const Result<QByteArray> result = AtomicFile::read(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().file, path);
    QCOMPARE(result.error().message,
             u"Could not read the file: %1"_s.arg(qt_error_string(ENOENT)));
}

QTEST_GUILESS_MAIN(TestAtomicFile)

#include "tst_atomicfile.moc"
