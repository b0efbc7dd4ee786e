#include "clirun.h"
#include "testimages.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Postwright;
using namespace Postwright::Test;
using namespace Qt::StringLiterals;

namespace {

const QString fixturePath = QStringLiteral(POSTWRIGHT_SOURCE_DIR "/tests/app/publish/data/wxr/export.xml");

QStringList filesBelow(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

// `postwright-cli import-wxr` with the real binary, on the export of tests/app/publish/data/wxr.
class TestCliImportWxr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importsIntoNewFolderThenSkipsOnRerun();
    void dryRunWritesNothing();
    void importsIntoCurrentFolderByDefault();
    void usageErrors_data();
    void usageErrors();
    void malformedExportExitsWith2AndNamesLineAndColumn();
    void brokenBlogYamlExitsWith1();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_export;
};

void TestCliImportWxr::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QFile fixture(fixturePath);
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    m_export = m_dir->filePath(u"export/site.xml"_s);
    QVERIFY(writeFile(m_export, fixture.readAll()));
    QVERIFY(writeFile(m_dir->filePath(u"export/uploads/2024/03/harbour.png"_s), onePixelPng));
}

void TestCliImportWxr::importsIntoNewFolderThenSkipsOnRerun()
{
    const CliRun run = runCli({u"import-wxr"_s, u"export/site.xml"_s, u"blog"_s}, m_dir->path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Paths as the user gave them, one written file per line.
    QVERIFY2(run.out.contains(u"wrote blog/blog.yaml\n"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"wrote blog/posts/fish-and-chips/index.md\n"_s));
    QVERIFY(run.out.contains(u"wrote blog/posts/fish-and-chips/harbour.png\n"_s));
    QVERIFY(run.out.contains(u"wrote blog/pages/about.md\n"_s));
    QVERIFY(run.out.contains(u"8 posts and pages and 2 images written, 1 skipped."_s));
    QVERIFY(run.err.contains(u"warning: "_s) && run.err.contains(u"lighthouse.jpg"_s));
    QVERIFY(QFileInfo::exists(m_dir->filePath(u"blog/posts/fish-and-chips/harbour.png"_s)));

    const QStringList before = filesBelow(m_dir->filePath(u"blog"_s));
    const CliRun again = runCli({u"import-wxr"_s, m_export, m_dir->filePath(u"blog"_s)});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(!again.out.contains(u"wrote "_s));
    QVERIFY(again.out.contains(u"already exists."_s));
    QVERIFY(again.out.contains(u"0 posts and pages and 0 images written, 9 skipped."_s));
    QCOMPARE(filesBelow(m_dir->filePath(u"blog"_s)), before);

    // The imported blog builds with the CLI too.
    const CliRun build = runCli({u"build"_s, u"blog"_s, u"--strict"_s}, m_dir->path());
    QVERIFY2(build.exitCode == 0, qPrintable(build.err + build.out));
    QVERIFY(QFileInfo::exists(m_dir->filePath(u"blog/public/posts/fish-and-chips/index.html"_s)));
}

void TestCliImportWxr::dryRunWritesNothing()
{
    const CliRun run =
        runCli({u"import-wxr"_s, u"--dry-run"_s, u"export/site.xml"_s, u"blog"_s}, m_dir->path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"would write blog/posts/fish-and-chips/index.md\n"_s));
    QVERIFY(run.out.contains(u"nothing was written"_s));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"blog"_s)));
}

void TestCliImportWxr::importsIntoCurrentFolderByDefault()
{
    QVERIFY(QDir().mkpath(m_dir->filePath(u"here"_s)));
    const CliRun run = runCli({u"import-wxr"_s, m_export}, m_dir->filePath(u"here"_s));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFileInfo::exists(m_dir->filePath(u"here/blog.yaml"_s)));
    QVERIFY(QFileInfo::exists(m_dir->filePath(u"here/posts/cafe-notes.md"_s)));
}

void TestCliImportWxr::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no export") << QStringList{u"import-wxr"_s} << u"takes one EXPORT.xml"_s;
    QTest::newRow("too many") << QStringList{u"import-wxr"_s, u"export/site.xml"_s, u"a"_s, u"b"_s}
                              << u"takes one EXPORT.xml"_s;
    QTest::newRow("unknown option") << QStringList{u"import-wxr"_s, u"--force"_s, u"export/site.xml"_s}
                                    << u"force"_s;
    QTest::newRow("missing file") << QStringList{u"import-wxr"_s, u"nowhere.xml"_s, u"blog"_s}
                                  << u"nowhere.xml: the file does not exist."_s;
    QTest::newRow("folder not a blog")
        << QStringList{u"import-wxr"_s, u"export/site.xml"_s, u"export"_s} << u"neither a Postwright blog"_s;
}

void TestCliImportWxr::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments, m_dir->path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"blog"_s)));
}

void TestCliImportWxr::malformedExportExitsWith2AndNamesLineAndColumn()
{
    QVERIFY(
        writeFile(m_dir->filePath(u"broken.xml"_s),
                  "<?xml version=\"1.0\"?>\n<rss xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel>\n"
                  "<item><title>A</item>\n</channel></rss>\n"));
    const CliRun run = runCli({u"import-wxr"_s, u"broken.xml"_s, u"blog"_s}, m_dir->path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"broken.xml:4:21: "_s), qPrintable(run.err));
    QVERIFY(run.err.contains(u"Nothing was written."_s));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"blog"_s)));
}

void TestCliImportWxr::brokenBlogYamlExitsWith1()
{
    QVERIFY(writeFile(m_dir->filePath(u"blog/blog.yaml"_s), "title: [unclosed\n"));
    const CliRun run = runCli({u"import-wxr"_s, u"export/site.xml"_s, u"blog"_s}, m_dir->path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"blog.yaml"_s));
    QCOMPARE(filesBelow(m_dir->filePath(u"blog"_s)), QStringList{u"blog.yaml"_s});
}

QTEST_GUILESS_MAIN(TestCliImportWxr)
#include "tst_cliimportwxr.moc"
