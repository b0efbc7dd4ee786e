// The promise that a crash loses at most two seconds of typing, kept against the real
// application: start the postwright binary, type into it through the X server (xdotool, as a
// keyboard would), kill it with SIGKILL mid-sentence, start again and look at the recovery
// offer.

#include "blog/recoveryjournal.h"
#include "dialogs/recoverydialog.h"
#include "editor/markdowneditor.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/postsession.h"
#include "uitestfixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Postwright;
using namespace Postwright::Test;

namespace {

// Runs xdotool and returns its output, or nothing when it failed (and says why).
std::optional<QByteArray> xdotool(const QStringList &arguments, int timeoutMs = 30000)
{
    QProcess process;
    process.start(QStringLiteral("xdotool"), arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished();
        qWarning("xdotool %s failed: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
        return std::nullopt;
    }
    return process.readAllStandardOutput().trimmed();
}

} // namespace

class TstCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty(),
                 "xdotool is needed (scripts/dev installs it)");
        QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "needs an X server (run under xvfb-run)");
    }

    void killedAppOffersEverythingTypedUpToTwoSecondsBefore()
    {
        WindowFixture fixture;
        QVERIFY(fixture.setUp());
        const QString post = fixture.postPath(QStringLiteral("posts/design/idempotency-keys.md"));
        const QByteArray original = readFile(post);
        QVERIFY(!original.isEmpty());

        // The real application, with its own settings, on a copy of the sample blog.
        QTemporaryDir home;
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
        environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
        app.setProcessEnvironment(environment);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(POSTWRIGHT_BINARY_DIR "/ui/postwright"), {fixture.blogRoot(), post});
        QVERIFY(app.waitForStarted());
        const auto stopApp = qScopeGuard([&app] {
            app.kill();
            app.waitForFinished();
        });

        // Its window, with the keyboard focus (there is no window manager to give it).
        const std::optional<QByteArray> found = xdotool({QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"),
                                           QStringLiteral("--pid"), QString::number(app.processId()),
                                           QStringLiteral("--name"), QStringLiteral("Postwright")},
                                                        60000);
        QVERIFY(found && !found->isEmpty());
        const QByteArray window = found->split('\n').constFirst();
        QVERIFY(xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), QString::fromLatin1(window)}));
        QTest::qWait(1500); // let it settle (the preview starts its renderer)

        // Type words for about five seconds, noting when each was finished.
        struct Typed
        {
            QString text;
            qint64 finishedAt = 0;
        };
        QList<Typed> typed;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; clock.elapsed() < 5000; ++i) {
            const QString word = QStringLiteral("w%1 ").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY(xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"), word}));
            typed.append({word, clock.elapsed()});
        }
        // Mid-sentence, with no warning: SIGKILL.
        app.kill();
        const qint64 killedAt = clock.elapsed();
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);
        QCOMPARE(readFile(post), original); // nothing was saved: all of it depends on the journal

        QString mustSurvive;
        QString everything;
        for (const Typed &word : std::as_const(typed)) {
            everything += word.text;
            if (word.finishedAt <= killedAt - 2000)
                mustSurvive += word.text;
        }
        QVERIFY(mustSurvive.size() > 20);

        // Start again on the same blog: the offer is there, and it holds that text.
        auto restarted = std::make_unique<MainWindow>();
        QVERIFY(restarted->openBlog(fixture.blogRoot()));
        restarted->show();
        auto *dialog = restarted->findChild<RecoveryDialog *>();
        QVERIFY2(dialog, "no recovery offer after the kill");
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->entries().size(), 1);
        const RecoveryEntry entry = dialog->entries().constFirst();
        QCOMPARE(entry.filePath, post);
        QVERIFY2(entry.text.contains(mustSurvive),
                 qPrintable(QStringLiteral("typed: %1\nrecovered: %2").arg(everything, entry.text.left(400))));
        qInfo("typed %lld characters, %lld of them up to 2 s before the kill; the journal kept %lld",
              qint64(everything.size()), qint64(mustSurvive.size()),
              qint64(entry.text.size() - QString::fromUtf8(original).size()));

        // Restore: the text comes back into the editor as an unsaved edit.
        dialog->findChild<QPushButton *>(QStringLiteral("recovery.restore"))->click();
        QCOMPARE(restarted->currentFilePath(), post);
        QVERIFY(restarted->editor()->markdown().contains(mustSurvive));
        QVERIFY(restarted->session()->isModified());
        QVERIFY(restarted->save());
        QVERIFY(QString::fromUtf8(readFile(post)).contains(mustSurvive));
    }
};

int main(int argc, char *argv[])
{
    prepareGuiTestEnvironment();
    QApplication app(argc, argv);
    TstCrashRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashrecovery.moc"
