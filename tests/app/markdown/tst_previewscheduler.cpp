#include "markdown/previewscheduler.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>

using namespace Postwright;

class TestPreviewScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersWithTheRealRenderer();
    void editsInOneTurnRenderOnce();
    void oneRenderInFlightNewestNext();
    void deliveredRevisionsOnlyGrow();
    void inactiveDoesNoWorkAndCatchesUp();
    void textSourceIsAskedOncePerRender();
};

void TestPreviewScheduler::rendersWithTheRealRenderer()
{
    PreviewScheduler scheduler;
    QSignalSpy rendered(&scheduler, &PreviewScheduler::rendered);
    const int revision = scheduler.setText("---\ntitle: T\n---\n## Hello\n");
    QTRY_COMPARE(rendered.size(), 1);
    QCOMPARE(rendered.first().at(0).toInt(), revision);
    const QString html = rendered.first().at(1).toString();
    QVERIFY2(html.contains("<h2 data-sourcepos=\"4:1-4:8\">Hello</h2>"), qPrintable(html));
    QVERIFY(!html.contains("title: T"));
}

void TestPreviewScheduler::editsInOneTurnRenderOnce()
{
    std::atomic<int> calls = 0;
    PreviewScheduler scheduler([&calls](const QString &text) {
        ++calls;
        return text;
    });
    QSignalSpy rendered(&scheduler, &PreviewScheduler::rendered);
    scheduler.setText("a");
    scheduler.setText("ab");
    const int last = scheduler.setText("abc");
    QTRY_COMPARE(rendered.size(), 1);
    QCOMPARE(rendered.first().at(0).toInt(), last);
    QCOMPARE(rendered.first().at(1).toString(), QString("abc"));
    QTest::qWait(50);
    QCOMPARE(calls.load(), 1);
    QCOMPARE(scheduler.renderCount(), 1);
}

void TestPreviewScheduler::oneRenderInFlightNewestNext()
{
    QSemaphore gate;
    std::atomic<int> running = 0;
    std::atomic<int> maxRunning = 0;
    PreviewScheduler scheduler([&](const QString &text) {
        maxRunning = std::max(maxRunning.load(), ++running);
        gate.acquire();
        --running;
        return text;
    });
    QSignalSpy rendered(&scheduler, &PreviewScheduler::rendered);
    // A failed check returns early; the worker must not stay blocked, or ~PreviewScheduler waits forever.
    const auto unblock = qScopeGuard([&gate] { gate.release(10); });

    scheduler.setText("first");
    QTRY_VERIFY(scheduler.isRendering());
    // While "first" renders, three more edits arrive: only the newest may be rendered next.
    scheduler.setText("second");
    scheduler.setText("third");
    const int newest = scheduler.setText("fourth");
    QTest::qWait(30);
    QCOMPARE(scheduler.renderCount(), 1);

    gate.release();
    QTRY_COMPARE(rendered.size(), 1);
    QCOMPARE(rendered.at(0).at(1).toString(), QString("first"));
    QTRY_VERIFY(scheduler.isRendering());
    gate.release();
    QTRY_COMPARE(rendered.size(), 2);
    QCOMPARE(rendered.at(1).at(0).toInt(), newest);
    QCOMPARE(rendered.at(1).at(1).toString(), QString("fourth"));
    QCOMPARE(scheduler.renderCount(), 2);
    QCOMPARE(maxRunning.load(), 1);
    QVERIFY(!scheduler.isRendering());
}

void TestPreviewScheduler::deliveredRevisionsOnlyGrow()
{
    PreviewScheduler scheduler([](const QString &text) {
        QThread::usleep(200);
        return text;
    });
    QList<int> revisions;
    connect(&scheduler, &PreviewScheduler::rendered, this, [&revisions](int revision) { revisions.append(revision); });
    int last = 0;
    for (int i = 0; i < 200; ++i) {
        last = scheduler.setText(QString::number(i));
        if (i % 7 == 0)
            QCoreApplication::processEvents();
    }
    QTRY_COMPARE(scheduler.deliveredRevision(), last);
    QVERIFY(!revisions.isEmpty());
    QCOMPARE(revisions.last(), last);
    for (int i = 1; i < revisions.size(); ++i)
        QVERIFY2(revisions.at(i) > revisions.at(i - 1), "a stale render was delivered after a newer one");
}

void TestPreviewScheduler::inactiveDoesNoWorkAndCatchesUp()
{
    std::atomic<int> calls = 0;
    PreviewScheduler scheduler([&calls](const QString &text) {
        ++calls;
        return text;
    });
    QSignalSpy rendered(&scheduler, &PreviewScheduler::rendered);
    scheduler.setActive(false);
    for (int i = 0; i < 20; ++i)
        scheduler.setText(QString::number(i));
    QTest::qWait(50);
    QCOMPARE(calls.load(), 0);
    QCOMPARE(rendered.size(), 0);

    scheduler.setActive(true);
    QTRY_COMPARE(rendered.size(), 1);
    QCOMPARE(rendered.first().at(1).toString(), QString("19"));
    QCOMPARE(calls.load(), 1);
}

void TestPreviewScheduler::textSourceIsAskedOncePerRender()
{
    // A big post: edits only mark the text changed; the editor's text is copied when a render
    // starts, once, however many keystrokes came in while the previous render ran.
    QSemaphore gate;
    PreviewScheduler scheduler([&gate](const QString &text) {
        gate.acquire();
        return text;
    });
    const auto unblock = qScopeGuard([&gate] { gate.release(10); });
    QString editorText = QStringLiteral("a");
    int asked = 0;
    scheduler.setTextSource([&] {
        ++asked;
        return editorText;
    });
    QSignalSpy rendered(&scheduler, &PreviewScheduler::rendered);

    scheduler.markChanged();
    QTRY_VERIFY(scheduler.isRendering());
    QCOMPARE(asked, 1);
    int newest = 0;
    for (int i = 0; i < 50; ++i) {
        editorText += u'b';
        newest = scheduler.markChanged();
    }
    QTest::qWait(20);
    QCOMPARE(asked, 1); // fifty keystrokes, no copy of the text
    gate.release();
    QTRY_COMPARE(rendered.size(), 1);
    QTRY_VERIFY(scheduler.isRendering());
    QCOMPARE(asked, 2);
    gate.release();
    QTRY_COMPARE(rendered.size(), 2);
    QCOMPARE(rendered.at(1).at(0).toInt(), newest);
    QCOMPARE(rendered.at(1).at(1).toString(), editorText);

    // Hidden: changes are only counted; showing renders the newest text once.
    scheduler.setActive(false);
    editorText = QStringLiteral("hidden edit");
    scheduler.markChanged();
    QTest::qWait(20);
    QCOMPARE(asked, 2);
    scheduler.setActive(true);
    gate.release();
    QTRY_COMPARE(rendered.size(), 3);
    QCOMPARE(rendered.at(2).at(1).toString(), QStringLiteral("hidden edit"));
    QCOMPARE(asked, 3);
}

QTEST_GUILESS_MAIN(TestPreviewScheduler)
#include "tst_previewscheduler.moc"
