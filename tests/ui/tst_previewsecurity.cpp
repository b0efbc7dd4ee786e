#include "markdown/previewscheduler.h"
#include "preview/previewbridge.h"
#include "preview/previewpage.h"
#include "preview/previewview.h"
#include "uitestfixture.h"

#include <QApplication>
#include <QMutex>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineUrlRequestInterceptor>

using namespace Postwright;
using namespace Postwright::Test;

namespace {

// Every URL the preview's page asks for, from the network stack itself.
class RequestRecorder final : public QWebEngineUrlRequestInterceptor
{
public:
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QMutexLocker locker(&m_mutex);
        m_urls.append(info.requestUrl());
    }
    QList<QUrl> take()
    {
        const QMutexLocker locker(&m_mutex);
        return std::exchange(m_urls, {});
    }

private:
    QMutex m_mutex;
    QList<QUrl> m_urls;
};

} // namespace

// Hostile posts in the real preview (Xvfb): each payload tries to run script (changing the page
// title), to reach the channel (which would make the bridge report line 4242), to navigate, or
// to load a local or remote file. After each is shown, every link is clicked and every element
// hovered from script; nothing of it may happen.
class TstPreviewSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void payloadDoesNothing_data();
    void payloadDoesNothing();

private:
    WindowFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
    RequestRecorder m_recorder;
};

void TstPreviewSecurity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_fixture.setUp());
    m_window = m_fixture.openWindow();
    QVERIFY(WindowFixture::waitForPreview(m_window.get()));
    m_window->preview()->previewPage()->profile()->setUrlRequestInterceptor(&m_recorder);
    m_window->preview()->previewPage()->setExternalUrlHandler([](const QUrl &) {});
}

void TstPreviewSecurity::cleanupTestCase()
{
    m_window.reset();
    m_fixture.tearDown();
}

void TstPreviewSecurity::payloadDoesNothing_data()
{
    QTest::addColumn<QString>("post");
    const QString channel = QStringLiteral("new QWebChannel(qt.webChannelTransport, (c) => c.objects.bridge.previewScrolled(4242))");
    const QString title = QStringLiteral("document.title='pwned'");
    const auto body = [](const QString &markdown) -> QString {
        return QStringLiteral("---\ntitle: Hostile\ndate: 2026-01-01\n---\n\n") + markdown + QStringLiteral("\n\nSafe words.\n");
    };
    QTest::newRow("script") << body(QStringLiteral("<script>%1</script>").arg(title));
    QTest::newRow("script to channel") << body(QStringLiteral("<script>%1</script>").arg(channel));
    QTest::newRow("img onerror") << body(QStringLiteral("<img src=x onerror=\"%1\">").arg(title));
    QTest::newRow("svg onload") << body(QStringLiteral("<svg onload=\"%1\"></svg>").arg(title));
    QTest::newRow("svg script") << body(QStringLiteral("<svg><script>%1</script></svg>").arg(title));
    QTest::newRow("javascript link") << body(QStringLiteral("[x](javascript:%1)").arg(title));
    QTest::newRow("mixed-case javascript") << body(QStringLiteral("[x](JaVaScRiPt:%1)").arg(title));
    QTest::newRow("entity javascript") << body(QStringLiteral("[x](&#106;avascript:%1)").arg(title));
    QTest::newRow("tab in scheme") << body(QStringLiteral("[x](java&#9;script:%1)").arg(title));
    QTest::newRow("vbscript link") << body(QStringLiteral("[x](vbscript:msgbox)"));
    QTest::newRow("data html link") << body(QStringLiteral("[x](data:text/html,<script>%1</script>)").arg(title));
    QTest::newRow("javascript image") << body(QStringLiteral("![x](javascript:%1)").arg(title));
    QTest::newRow("svg data image") << body(QStringLiteral("![x](data:image/svg+xml,<svg onload='%1'/>)").arg(title));
    QTest::newRow("reference javascript") << body(QStringLiteral("[x]\n\n[x]: javascript:%1").arg(title));
    QTest::newRow("autolink javascript") << body(QStringLiteral("<javascript:%1>").arg(title));
    QTest::newRow("iframe srcdoc") << body(QStringLiteral("<iframe srcdoc=\"<script>parent.%1</script>\"></iframe>").arg(title));
    QTest::newRow("iframe javascript") << body(QStringLiteral("<iframe src=\"javascript:parent.%1\"></iframe>").arg(title));
    QTest::newRow("object") << body(QStringLiteral("<object data=\"javascript:%1\"></object>").arg(title));
    QTest::newRow("embed") << body(QStringLiteral("<embed src=\"javascript:%1\">").arg(title));
    QTest::newRow("meta refresh") << body(QStringLiteral("<meta http-equiv=\"refresh\" content=\"0;url=javascript:%1\">").arg(title));
    QTest::newRow("form action") << body(QStringLiteral("<form action=\"javascript:%1\"><button>go</button></form>").arg(title));
    QTest::newRow("onclick") << body(QStringLiteral("<a href=\"#\" onclick=\"%1\">c</a>").arg(title));
    QTest::newRow("onmouseover") << body(QStringLiteral("<x onmouseover=\"%1\">hover</x>").arg(title));
    QTest::newRow("details ontoggle") << body(QStringLiteral("<details open ontoggle=\"%1\"><summary>s</summary></details>").arg(title));
    QTest::newRow("css url file") << body(QStringLiteral("<div style=\"background:url(file:///etc/passwd)\">x</div>"));
    QTest::newRow("style import") << body(QStringLiteral("<style>@import 'file:///etc/passwd';</style>"));
    QTest::newRow("link stylesheet") << body(QStringLiteral("<link rel=\"stylesheet\" href=\"file:///etc/passwd\">"));
    QTest::newRow("file image") << body(QStringLiteral("![x](file:///etc/passwd)"));
    QTest::newRow("file img tag") << body(QStringLiteral("<img src=\"file:///etc/hostname\">"));
    QTest::newRow("remote image") << body(QStringLiteral("![t](https://example.org/track.png)"));
    QTest::newRow("protocol-relative image") << body(QStringLiteral("![t](//example.org/track.png)"));
    QTest::newRow("base href") << body(QStringLiteral("<base href=\"javascript:/\">[x](a)"));
    QTest::newRow("mxss math") << body(QStringLiteral("<math><mtext><table><mglyph><style><img src=x onerror=\"%1\">").arg(title));
    QTest::newRow("noscript") << body(QStringLiteral("<noscript><p title=\"</noscript><img src=x onerror=%1>\">").arg(title));
    QTest::newRow("footnote javascript") << body(QStringLiteral("Note[^1]\n\n[^1]: [x](javascript:%1)").arg(title));
    QTest::newRow("front matter title")
        << QStringLiteral("---\ntitle: \"<img src=x onerror=\\\"%1\\\">\"\ndate: 2026-01-01\n---\n\nText.\n").arg(title);
    QTest::newRow("front matter tags and cover")
        << QStringLiteral("---\ntitle: T\ndate: 2026-01-01\ntags: [\"<script>%1</script>\"]\ncover: \"javascript:%1\"\n---\n\nText.\n").arg(title);
}

void TstPreviewSecurity::payloadDoesNothing()
{
    QFETCH(QString, post);
    PreviewView *preview = m_window->preview();
    PreviewPage *page = preview->previewPage();
    PreviewBridge *bridge = preview->bridge();
    QSignalSpy scrolled(bridge, &PreviewBridge::scrolledToLine);
    QSignalSpy external(page, &PreviewPage::externalUrlOpened);
    const QString loadId = runJavaScript(page, QStringLiteral("window.postwrightShell.loadId")).toString();
    m_recorder.take();

    preview->showPost(QStringLiteral("posts/design/hostile.md"), post);
    const int revision = preview->scheduler()->latestRevision();
    QTRY_COMPARE_WITH_TIMEOUT(bridge->displayedRevision(), revision, kPreviewTimeout);
    QVERIFY(previewText(page).contains(QLatin1StringView("Text.")) || previewText(page).contains(QLatin1StringView("Safe words.")));
    // Provoke what a reader would: click every link, hover and focus every element.
    runJavaScriptIn(page,
                    QStringLiteral("document.querySelectorAll('*').forEach((e) => { e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));"
                                   " if (e.focus) e.focus(); });"
                                   "document.querySelectorAll('a, button, summary').forEach((e) => e.click()); 0"),
                    QWebEngineScript::MainWorld);
    QTest::qWait(400);

    QCOMPARE(runJavaScriptIn(page, QStringLiteral("document.title"), QWebEngineScript::MainWorld).toString(), QStringLiteral("Preview"));
    QCOMPARE(runJavaScript(page, QStringLiteral("window.postwrightShell.loadId")).toString(), loadId); // never navigated
    QVERIFY(!scrolled.contains(QVariantList{4242}));
    QCOMPARE(external.size(), 0);
    QCOMPARE(runJavaScriptIn(page, QStringLiteral("document.getElementById('article').querySelectorAll('script, iframe, object, embed, form, meta, base, link, style').length"),
                             QWebEngineScript::MainWorld)
                 .toInt(),
             0);
    for (const QUrl &url : m_recorder.take()) {
        const QString scheme = url.scheme();
        QVERIFY2(scheme == u"qrc" || scheme == u"postwright-blog", qPrintable(url.toString()));
    }
}

int main(int argc, char *argv[])
{
    prepareGuiTestEnvironment();
    QApplication app(argc, argv);
    TstPreviewSecurity test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewsecurity.moc"
