// The preview's security and resources, in a real MainWindow: post content is untrusted, so
// nothing in it may run, navigate, or reach files and the network; the blog's own images load.

#include "markdown/previewscheduler.h"
#include "preview/blogschemehandler.h"
#include "preview/previewbridge.h"
#include "preview/previewpage.h"
#include "preview/previewview.h"
#include "uitestfixture.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Postwright;
using namespace Postwright::Test;

class TstPreviewView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void imagesBesideThePostLoad();
    void schemeServesOnlyImagesInsideTheBlog();
    void hostilePostNeverRunsScript();
    void pageRefusesUnsafeMarkupFromBridge();
    void navigationIsRefused();
    void externalLinksOpenOutside();

private:
    WindowFixture m_fixture;
};

void TstPreviewView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and app data go to a test location
    QSettings().clear();
}

void TstPreviewView::init()
{
    QVERIFY(m_fixture.setUp());
}

void TstPreviewView::cleanup()
{
    QSettings().clear();
    m_fixture.tearDown();
}

void TstPreviewView::imagesBesideThePostLoad()
{
    const auto window = m_fixture.openWindow();
    const QString post =
        m_fixture.postPath(QStringLiteral("posts/devops/zero-downtime-deploys-draining/index.md"));
    QVERIFY(WindowFixture::selectPost(window.get(), post));
    QVERIFY(WindowFixture::waitForPreview(window.get()));
    PreviewPage *page = window->preview()->previewPage();
    const QString loaded = QStringLiteral(
        "Array.from(document.querySelectorAll('#content img')).filter((i) => i.complete && i.naturalWidth "
        "=== 320"
        " && i.src === 'postwright-blog://source/posts/devops/zero-downtime-deploys-draining/diagram.png')"
        ".length");
    QTRY_COMPARE_WITH_TIMEOUT(runJavaScript(page, loaded).toInt(), 1, kPreviewTimeout);
    // The front matter's cover uses the same image.
    QTRY_COMPARE_WITH_TIMEOUT(
        runJavaScript(page, QStringLiteral("document.getElementById('cover').naturalWidth")).toInt(), 320,
        kPreviewTimeout);
}

void TstPreviewView::schemeServesOnlyImagesInsideTheBlog()
{
    BlogSchemeHandler handler;
    QVERIFY(QDir().mkpath(m_fixture.blogRoot() + QStringLiteral("/static/images")));
    QFile image(m_fixture.blogRoot() + QStringLiteral("/static/images/logo.png"));
    QVERIFY(image.open(QIODevice::WriteOnly));
    image.write("png");
    image.close();
    handler.setBlogRoot(m_fixture.blogRoot(), m_fixture.blogRoot() + QStringLiteral("/static"));

    const auto resolve = [&handler](const char *url) {
        return handler.filePathFor(QUrl(QString::fromLatin1(url)));
    };
    QVERIFY(resolve("postwright-blog://source/posts/devops/zero-downtime-deploys-draining/diagram.png")
                .endsWith(QLatin1StringView("/diagram.png")));
    QVERIFY(resolve("postwright-blog://site/images/logo.png")
                .endsWith(QLatin1StringView("/static/images/logo.png")));
    QVERIFY(resolve("postwright-blog://source/blog.yaml").isEmpty()); // not an image
    QVERIFY(resolve("postwright-blog://source/posts/design/idempotency-keys.md").isEmpty());
    QVERIFY(resolve("postwright-blog://source/../../../etc/hostname.png").isEmpty()); // outside the blog
    QVERIFY(resolve("postwright-blog://site/../posts/devops/zero-downtime-deploys-draining/diagram.png")
                .isEmpty());
    QVERIFY(
        resolve("postwright-blog://other/posts/devops/zero-downtime-deploys-draining/diagram.png").isEmpty());
    QVERIFY(resolve("file:///etc/hostname").isEmpty());
}

void TstPreviewView::hostilePostNeverRunsScript()
{
    const QString path = m_fixture.postPath(QStringLiteral("posts/design/hostile.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\ntitle: \"Hostile\"\ndate: 2020-01-01\ncategories: [Design]\n---\n\n"
               "<img src=x onerror=\"document.title='pwned'\">\n\n"
               "[x](javascript:document.title='pwned')\n\n"
               "<script>document.title='pwned'</script>\n\n"
               "<p onmouseover=\"document.title='pwned'\">hover</p>\n\n"
               "Plain words survive.\n");
    file.close();

    const auto window = m_fixture.openWindow();
    QVERIFY(window->openPost(path));
    QVERIFY(WindowFixture::waitForPreview(window.get()));
    PreviewPage *page = window->preview()->previewPage();
    QTRY_VERIFY_WITH_TIMEOUT(previewText(page).contains(QLatin1StringView("Plain words survive.")),
                             kPreviewTimeout);

    // Even script we insert ourselves with an inline handler is blocked by the page's CSP (and
    // Chromium says so on the console).
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("QResource '/preview/missing.png'")));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral(
                             "Refused to execute inline event handler.*Content Security Policy")));
    runJavaScript(
        page,
        QStringLiteral("document.getElementById('content').insertAdjacentHTML('beforeend',"
                       " '<img id=\"probe\" src=\"missing.png\" onerror=\"document.title=\\'pwned\\'\">')"));
    QTest::qWait(1500);
    QVERIFY(runJavaScript(page, QStringLiteral("document.title")).toString() != QLatin1StringView("pwned"));
    QCOMPARE(
        runJavaScript(page, QStringLiteral("document.querySelectorAll('#content script').length")).toInt(),
        0);
    QCOMPARE(runJavaScript(
                 page, QStringLiteral("document.querySelectorAll('#content a[href^=\"javascript\"]').length"))
                 .toInt(),
             0);
    QCOMPARE(runJavaScript(page, QStringLiteral("document.querySelectorAll('#content [onerror]:not(#probe), "
                                                "#content [onmouseover]').length"))
                 .toInt(),
             0);
}

void TstPreviewView::pageRefusesUnsafeMarkupFromBridge()
{
    // The renderer's safe mode is the first line of defence; the page's own check is the second.
    const auto window = m_fixture.openWindow();
    QVERIFY(WindowFixture::waitForPreview(window.get()));
    PreviewBridge *bridge = window->preview()->bridge();
    PreviewPage *page = window->preview()->previewPage();
    const int revision = window->preview()->scheduler()->latestRevision() + 1000;
    bridge->setContent(revision, QStringLiteral("<p data-sourcepos=\"1:1-1:5\">Bridge text</p>"
                                                "<script>document.title='pwned'</script>"
                                                "<iframe src=\"https://example.org/\"></iframe>"
                                                "<p><a href=\"javascript:document.title='pwned'\">x</a>"
                                                "<img src=\"x\" onerror=\"document.title='pwned'\"></p>"));
    QTRY_COMPARE_WITH_TIMEOUT(bridge->displayedRevision(), revision, kPreviewTimeout);
    QTest::qWait(500);
    QVERIFY(previewText(page).contains(QLatin1StringView("Bridge text")));
    QVERIFY(runJavaScript(page, QStringLiteral("document.title")).toString() != QLatin1StringView("pwned"));
    QCOMPARE(runJavaScript(page, QStringLiteral("document.querySelectorAll('#content script, #content iframe,"
                                                " #content [onerror], #content a[href]').length"))
                 .toInt(),
             0);
}

void TstPreviewView::navigationIsRefused()
{
    const auto window = m_fixture.openWindow();
    QVERIFY(WindowFixture::waitForPreview(window.get()));
    PreviewPage *page = window->preview()->previewPage();
    const QString loadId = runJavaScript(page, QStringLiteral("window.postwrightShell.loadId")).toString();
    QSignalSpy refused(page, &PreviewPage::navigationRefused);

    page->load(QUrl(QStringLiteral("file:///etc/hosts")));
    QTRY_VERIFY_WITH_TIMEOUT(refused.count() >= 1, kPreviewTimeout);
    QCOMPARE(refused.last().at(0).toUrl().scheme(), QStringLiteral("file"));

    // Script-initiated navigation (Chromium blocks some of it before our filter sees it): the
    // shell stays, and nothing is handed to the system browser either.
    QList<QUrl> opened;
    page->setExternalUrlHandler([&opened](const QUrl &url) { opened << url; });
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("Not allowed to load local resource: file:")));
    page->runJavaScript(QStringLiteral("window.location.href = 'file:///etc/passwd'"));
    page->runJavaScript(QStringLiteral("window.location.href = 'https://example.org/'"));
    QTest::qWait(1000);
    QCOMPARE(runJavaScript(page, QStringLiteral("window.postwrightShell.loadId")).toString(), loadId);

    page->load(PreviewPage::shellUrl()); // not even the shell a second time
    QTRY_VERIFY_WITH_TIMEOUT(refused.count() >= 3, kPreviewTimeout);
    QVERIFY(opened.isEmpty());

    QTest::qWait(500);
    QCOMPARE(runJavaScript(page, QStringLiteral("window.postwrightShell.loadId")).toString(), loadId);
    QCOMPARE(page->url().scheme(), QStringLiteral("qrc"));
}

void TstPreviewView::externalLinksOpenOutside()
{
    const auto window = m_fixture.openWindow();
    QVERIFY(WindowFixture::waitForPreview(window.get()));
    PreviewPage *page = window->preview()->previewPage();
    QList<QUrl> opened;
    page->setExternalUrlHandler([&opened](const QUrl &url) { opened << url; });
    const QString loadId = runJavaScript(page, QStringLiteral("window.postwrightShell.loadId")).toString();

    // A link the writer really clicks opens in the browser; the same click made by script does not.
    const QVariant rect = runJavaScript(
        page,
        QStringLiteral("const a = document.createElement('a');"
                       "a.href = 'https://example.org/docs'; a.textContent = 'docs link';"
                       "a.style.cssText = 'position:fixed; left:20px; top:20px; padding:10px; z-index:9';"
                       "document.body.appendChild(a); a.click();"
                       "const r = a.getBoundingClientRect(); [r.left + r.width / 2, r.top + r.height / 2]"));
    QTest::qWait(500);
    QVERIFY(opened.isEmpty());
    const QVariantList center = rect.toList();
    QCOMPARE(center.size(), 2);
    QWidget *input = window->preview()->focusProxy();
    QVERIFY(input);
    QTest::mouseClick(input, Qt::LeftButton, {}, QPoint(center.at(0).toInt(), center.at(1).toInt()));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kPreviewTimeout);
    QCOMPARE(opened.constFirst(), QUrl(QStringLiteral("https://example.org/docs")));
    QTest::qWait(300);
    QCOMPARE(runJavaScript(page, QStringLiteral("window.postwrightShell.loadId")).toString(), loadId);
}

int main(int argc, char *argv[])
{
    prepareGuiTestEnvironment();
    QApplication app(argc, argv);
    TstPreviewView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewview.moc"
