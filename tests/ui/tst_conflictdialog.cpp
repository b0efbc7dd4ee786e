#include "publish/conflictdialog.h"
#include "publish/htmltomarkdown.h"
#include "publish/sidebysidediff.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace Postwright;

namespace {

using Resolution = BlogPublisher::Resolution;

template<typename Widget>
Widget *child(QWidget *parent, const char *name)
{
    return parent->findChild<Widget *>(QString::fromLatin1(name));
}

// The blog's HTML as BlogPublisher hands it over: with its Markdown form (the way a pull converts it)
// beside it. The local side's Markdown is the HTML's paragraphs, one per line pair.
BlogConflict conflict(const QString &path, const QString &title, const QString &localHtml,
                      const QString &remoteHtml, const QString &remoteId = QStringLiteral("42"))
{
    const auto paragraphs = [](QString html) {
        return html.replace(QStringLiteral("</p><p>"), QStringLiteral("\n\n"))
            .remove(QStringLiteral("<p>"))
            .remove(QStringLiteral("</p>"));
    };
    BlogConflict conflict;
    conflict.path = path;
    conflict.title = title;
    conflict.localHtml = localHtml;
    conflict.localText = paragraphs(localHtml);
    conflict.remote.id = remoteId;
    conflict.remote.title = title;
    conflict.remote.version = QStringLiteral("2026-03-04T10:15:00.000Z");
    conflict.remote.html = remoteHtml;
    conflict.remoteText = remoteHtml.isEmpty() ? QString() : HtmlToMarkdown().convert(remoteHtml).trimmed();
    return conflict;
}

} // namespace

// The conflict dialog on its own: both versions as text, differences marked and aligned, hostile
// HTML from the blog shown and never loaded, and the writer's choices per post.
class TestConflictDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wrapBreaksLongLines();
    void hostileHtmlIsShownNotLoaded();
    void bothVersionsSideBySideWithDifferences();
    void choicesDefaultToDecideLater();
    void choicesPerPostAndApplyToAll();
    void postMissingOnTheBlogOffersPublishingAsNew();
};

void TestConflictDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConflictDialog::wrapBreaksLongLines()
{
    QCOMPARE(SideBySideDiff::wrap(QStringLiteral("aaa bbb ccc ddd"), 8), QStringLiteral("aaa bbb\nccc ddd"));
    QCOMPARE(SideBySideDiff::wrap(QStringLiteral("short\n\nlines"), 8), QStringLiteral("short\n\nlines"));
    QCOMPARE(SideBySideDiff::wrap(QStringLiteral("averyveryverylongword x"), 8),
             QStringLiteral("averyveryverylongword\nx"));
}

void TestConflictDialog::hostileHtmlIsShownNotLoaded()
{
    // Anything fetched from the blog's HTML would knock here.
    QTcpServer tracker;
    QVERIFY(tracker.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    const QString secretFile = dir.filePath(QStringLiteral("secret.txt"));
    QFile secret(secretFile);
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("TOP-SECRET-CONTENT");
    secret.close();
    const QString hostile =
        QStringLiteral(
            "<p>Edited on the web.</p><img src=\"file:///etc/passwd\" alt=\"passwd\">"
            "<img src=\"file://%1\"><img src=\"http://127.0.0.1:%2/pixel.png\">"
            "<script>document.write('PWNED')</script><iframe src=\"http://127.0.0.1:%2/\"></iframe>"
            "<style>body{background:url(http://127.0.0.1:%2/bg.png)}</style>")
            .arg(secretFile)
            .arg(tracker.serverPort());
    ConflictDialog dialog({conflict(QStringLiteral("posts/a.md"), QStringLiteral("A"),
                                    QStringLiteral("<p>Mine.</p>"), hostile)},
                          QStringLiteral("blog"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(300); // time for any fetch to be attempted

    // No rich-text or web widget anywhere in the dialog.
    QVERIFY(dialog.findChildren<QTextBrowser *>().isEmpty());
    QVERIFY(dialog.findChildren<QTextEdit *>().isEmpty());
    auto *remote = child<QPlainTextEdit>(&dialog, "conflictRemote");
    QVERIFY(remote);
    const QString shown = remote->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("Edited on the web.")), qPrintable(shown));
    // Converted like a pull converts it: the file: images are dropped by the sanitizer, the web image stays
    // a Markdown link (text).
    QVERIFY2(!shown.contains(QStringLiteral("file:")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("/pixel.png)")), qPrintable(shown));
    QVERIFY(!shown.contains(QStringLiteral("PWNED")));
    QVERIFY(!shown.contains(QStringLiteral("root:")));
    QVERIFY(!shown.contains(QStringLiteral("TOP-SECRET-CONTENT")));
    QVERIFY(!remote->document()->toHtml().contains(QStringLiteral("<img")));

    // As source: the tags are text, still nothing loaded.
    child<QAbstractButton>(&dialog, "conflictShowSource")->click();
    const QString source = remote->toPlainText();
    QVERIFY2(source.contains(QStringLiteral("<img src=\"file:///etc/passwd\"")), qPrintable(source));
    QVERIFY(source.contains(QStringLiteral("<script>")));
    QVERIFY(!source.contains(QStringLiteral("TOP-SECRET-CONTENT")));
    QVERIFY(!remote->document()->toHtml().contains(QStringLiteral("<img")));
    QTest::qWait(200);
    QVERIFY(!tracker.hasPendingConnections());
    QVERIFY(!tracker.waitForNewConnection(100));
}

void TestConflictDialog::bothVersionsSideBySideWithDifferences()
{
    ConflictDialog dialog({conflict(QStringLiteral("posts/a.md"), QStringLiteral("A post"),
                                    QStringLiteral("<p>Same start.</p><p>Mine only.</p><p>Same end.</p>"),
                                    QStringLiteral("<p>Same start.</p><p>Web one.</p><p>Web two.</p>"
                                                   "<p>Same end.</p>"))},
                          QStringLiteral("blog"));
    dialog.show();
    auto *local = child<QPlainTextEdit>(&dialog, "conflictLocal");
    auto *remote = child<QPlainTextEdit>(&dialog, "conflictRemote");
    QVERIFY(local->toPlainText().contains(QStringLiteral("Mine only.")));
    QVERIFY(!local->toPlainText().contains(QStringLiteral("Web one.")));
    QVERIFY(remote->toPlainText().contains(QStringLiteral("Web two.")));
    // Aligned: the same number of lines on both sides, "Same end." on the same line.
    QCOMPARE(local->document()->blockCount(), remote->document()->blockCount());
    const auto lineOf = [](QPlainTextEdit *pane, const QString &text) {
        for (QTextBlock block = pane->document()->begin(); block.isValid(); block = block.next()) {
            if (block.text() == text)
                return block.blockNumber();
        }
        return -1;
    };
    QVERIFY(lineOf(local, QStringLiteral("Same end.")) >= 0);
    QCOMPARE(lineOf(local, QStringLiteral("Same end.")), lineOf(remote, QStringLiteral("Same end.")));
    // Changed lines are marked.
    const QTextBlock mine = local->document()->findBlockByNumber(lineOf(local, QStringLiteral("Mine only.")));
    QVERIFY(mine.blockFormat().background().style() != Qt::NoBrush);
    const QTextBlock same =
        local->document()->findBlockByNumber(lineOf(local, QStringLiteral("Same start.")));
    QCOMPARE(same.blockFormat().background().style(), Qt::NoBrush);

    auto *headingRight = child<QLabel>(&dialog, "diffRightHeading");
    QVERIFY2(headingRight->text().startsWith(QStringLiteral("On the blog (changed ")),
             qPrintable(headingRight->text()));
    QCOMPARE(child<QLabel>(&dialog, "diffLeftHeading")->text(), QStringLiteral("On your computer"));
    QVERIFY(child<QLabel>(&dialog, "conflictSummary")->text().contains(QStringLiteral("lines differ")));
    QVERIFY(!child<QListWidget>(&dialog, "conflictList")->isVisible()); // one post: no list
    QVERIFY(dialog.width() >= 800 && dialog.height() >= 500);
    // For a person to look at: POSTWRIGHT_SCREENSHOTS=DIR saves the dialog there.
    if (const QString shots = qEnvironmentVariable("POSTWRIGHT_SCREENSHOTS"); !shots.isEmpty())
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/conflictdialog.png")));
}

void TestConflictDialog::choicesDefaultToDecideLater()
{
    ConflictDialog dialog({conflict(QStringLiteral("a.md"), QStringLiteral("A"), QStringLiteral("<p>1</p>"),
                                    QStringLiteral("<p>2</p>")),
                           conflict(QStringLiteral("b.md"), QStringLiteral("B"), QStringLiteral("<p>1</p>"),
                                    QStringLiteral("<p>3</p>"))},
                          QStringLiteral("blog"));
    dialog.show();
    QVERIFY(child<QAbstractButton>(&dialog, "conflictDecideLater")->isChecked());
    const QHash<QString, Resolution> choices = dialog.choices();
    QCOMPARE(choices.size(), 2);
    QCOMPARE(choices.value(QStringLiteral("a.md")), Resolution::Ask);
    QCOMPARE(choices.value(QStringLiteral("b.md")), Resolution::Ask);
    // Enter continues; the keyboard starts on the choice.
    QVERIFY(child<QAbstractButton>(&dialog, "conflictDecideLater")->hasFocus() ||
            !QApplication::focusWidget()); // offscreen windows may not get focus
}

void TestConflictDialog::choicesPerPostAndApplyToAll()
{
    ConflictDialog dialog({conflict(QStringLiteral("a.md"), QStringLiteral("A"), QStringLiteral("<p>1</p>"),
                                    QStringLiteral("<p>2</p>")),
                           conflict(QStringLiteral("b.md"), QStringLiteral("B"), QStringLiteral("<p>1</p>"),
                                    QStringLiteral("<p>3</p>")),
                           conflict(QStringLiteral("c.md"), QStringLiteral("C"), QStringLiteral("<p>1</p>"),
                                    QStringLiteral("<p>4</p>"))},
                          QStringLiteral("blog"));
    dialog.show();
    auto *list = child<QListWidget>(&dialog, "conflictList");
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 3);
    child<QAbstractButton>(&dialog, "conflictKeepMine")->click();
    list->setCurrentRow(1);
    QCOMPARE(dialog.currentPost(), 1);
    QVERIFY(child<QPlainTextEdit>(&dialog, "conflictRemote")->toPlainText().contains(u'3'));
    QVERIFY(child<QAbstractButton>(&dialog, "conflictDecideLater")->isChecked());
    child<QAbstractButton>(&dialog, "conflictKeepWeb")->click();
    QHash<QString, Resolution> choices = dialog.choices();
    QCOMPARE(choices.value(QStringLiteral("a.md")), Resolution::KeepMine);
    QCOMPARE(choices.value(QStringLiteral("b.md")), Resolution::KeepWeb);
    QCOMPARE(choices.value(QStringLiteral("c.md")), Resolution::Ask);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("publish mine")));
    // Back on the first post its choice is shown again.
    list->setCurrentRow(0);
    QVERIFY(child<QAbstractButton>(&dialog, "conflictKeepMine")->isChecked());

    child<QAbstractButton>(&dialog, "conflictApplyToAll")->click();
    choices = dialog.choices();
    for (const Resolution resolution : std::as_const(choices))
        QCOMPARE(resolution, Resolution::KeepMine);
    QVERIFY(list->item(2)->text().contains(QStringLiteral("publish mine")));
}

void TestConflictDialog::postMissingOnTheBlogOffersPublishingAsNew()
{
    ConflictDialog dialog({conflict(QStringLiteral("a.md"), QStringLiteral("A"), QStringLiteral("<p>1</p>"),
                                    QString(), QString())},
                          QStringLiteral("micro"));
    dialog.show();
    auto *mine = child<QAbstractButton>(&dialog, "conflictKeepMine");
    QVERIFY(mine->text().contains(QStringLiteral("new post")));
    QVERIFY(!child<QAbstractButton>(&dialog, "conflictKeepWeb")->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "conflictSummary")->text().contains(QStringLiteral("second copy")));
    mine->click();
    QCOMPARE(dialog.choices().value(QStringLiteral("a.md")), Resolution::PublishAsNew);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestConflictDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_conflictdialog.moc"
