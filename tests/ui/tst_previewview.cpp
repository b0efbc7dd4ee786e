// The preview's security and resources, in a real MainWindow: post content is untrusted, so
// nothing in it may run, navigate, or reach files and the network; the blog's own images load.

#include "editor/markdowneditor.h"
#include "markdown/previewscheduler.h"
#include "preview/blogschemehandler.h"
#include "preview/previewbridge.h"
#include "preview/previewpage.h"
#include "preview/previewview.h"
#include "uitestfixture.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextBlock>
#include <QTextCursor>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWebEngineScript>

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
    void previewIsTheThemesArticle();
    void blogThemeOverrideShapesThePreview();
    void codeIsHighlightedLikeTheSite();
    void mathIsTypesetWhenTheBlogTurnsItOn();
    void brokenImageShowsItsPath();
    void webImagesOnlyWhenTheWriterAllowsThem();
    void schemeServesOnlyImagesInsideTheBlog();
    void hostilePostNeverRunsScript();
    void pageRefusesUnsafeMarkupFromBridge();
    void pageWorldRunsNothingAndCannotReachTheChannel();
    void bridgeSendsOneRevisionAtATime();
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
        "Array.from(document.querySelectorAll('[data-postwright-content] img')).filter((i) => i.complete && i.naturalWidth "
        "=== 320"
        " && i.src === 'postwright-blog://source/posts/devops/zero-downtime-deploys-draining/diagram.png')"
        ".length");
    QTRY_COMPARE_WITH_TIMEOUT(runJavaScript(page, loaded).toInt(), 1, kPreviewTimeout);
    // The front matter's cover uses the same image.
    QTRY_COMPARE_WITH_TIMEOUT(
        runJavaScript(page, QStringLiteral("document.querySelector('.post-cover').naturalWidth")).toInt(), 320,
        kPreviewTimeout);
}

void TstPreviewView::previewIsTheThemesArticle()
{
    // What the site's post page shows of the post, from the same partial: title, reading time,
    // category link, status, tags, table of contents.
    const auto window = m_fixture.openWindow();
    const QString post = m_fixture.postPath(QStringLiteral("posts/devops/zero-downtime-deploys-migrations.md"));
    QVERIFY(WindowFixture::selectPost(window.get(), post));
    QVERIFY(WindowFixture::waitForPreview(window.get()));
    PreviewPage *page = window->preview()->previewPage();
    QCOMPARE(runJavaScript(page, QStringLiteral("document.querySelector('article.post .post-title').textContent")).toString(),
             QStringLiteral("Zero-Downtime Deploys, Part 2: Schema Changes with Expand and Contract"));
    QVERIFY(runJavaScript(page, QStringLiteral("document.querySelector('.post-meta').textContent")).toString().contains(
        QLatin1StringView("min read")));
    QCOMPARE(runJavaScript(page, QStringLiteral("document.querySelector('.post-meta a').getAttribute('href')")).toString(),
             QStringLiteral("/categories/devops/"));
    QCOMPARE(runJavaScript(page, QStringLiteral("document.querySelectorAll('.tags .tag').length")).toInt(), 3);
    QVERIFY(runJavaScript(page, QStringLiteral("document.querySelectorAll('nav.toc a[href^=\"#\"]').length")).toInt() >= 3);
    QCOMPARE(runJavaScript(page, QStringLiteral("document.querySelectorAll('[data-postwright-content] h2[id]').length")).toInt(),
             runJavaScript(page, QStringLiteral("document.querySelectorAll('[data-postwright-content] h2').length")).toInt());

    // A new title swaps the frame; the body's nodes move along untouched.
    runJavaScript(page, QStringLiteral("document.querySelector('[data-postwright-content]').firstElementChild.postwrightProbe = 7"));
    const int frames = runJavaScript(page, QStringLiteral("window.postwrightShell.frames")).toInt();
    MarkdownEditor *editor = window->editor();
    QTextCursor cursor = editor->document()->find(QStringLiteral("Part 2"));
    QVERIFY(!cursor.isNull());
    editor->setTextCursor(cursor);
    QTest::keyClicks(editor, QStringLiteral("Part Two"));
    QTRY_COMPARE_WITH_TIMEOUT(
        runJavaScript(page, QStringLiteral("document.querySelector('.post-title').textContent")).toString(),
        QStringLiteral("Zero-Downtime Deploys, Part Two: Schema Changes with Expand and Contract"), kPreviewTimeout);
    QVERIFY(runJavaScript(page, QStringLiteral("window.postwrightShell.frames")).toInt() > frames);
    QCOMPARE(runJavaScript(page, QStringLiteral("document.querySelector('[data-postwright-content]').firstElementChild.postwrightProbe"))
                 .toInt(),
             7);
}

void TstPreviewView::blogThemeOverrideShapesThePreview()
{
    QVERIFY(QDir().mkpath(m_fixture.blogRoot() + QStringLiteral("/theme/templates/partials")));
    QFile partial(m_fixture.blogRoot() + QStringLiteral("/theme/templates/partials/article.mustache"));
    QVERIFY(partial.open(QIODevice::WriteOnly));
    partial.write("<article class=\"my-article\"><h1 class=\"my-title\">{{post.title}}!</h1>"
                  "<section class=\"my-body\">{{{post.content_html}}}</section></article>\n");
    partial.close();
    const auto window = m_fixture.openWindow();
    QVERIFY(WindowFixture::waitForPreview(window.get()));
    PreviewPage *page = window->preview()->previewPage();
    QVERIFY(runJavaScript(page, QStringLiteral("document.querySelector('.my-title').textContent")).toString().endsWith(u'!'));
    QVERIFY(runJavaScript(page, QStringLiteral("document.querySelector('.my-body').hasAttribute('data-postwright-content')"))
                .toBool());
    QVERIFY(!previewText(page).isEmpty());
}

void TstPreviewView::codeIsHighlightedLikeTheSite()
{
    if (!QFileInfo::exists(BlogSchemeHandler::highlightJsPath()))
        QSKIP("highlight.js (Debian's libjs-highlight.js) is not installed");
    const auto window = m_fixture.openWindow();
    const QString post = m_fixture.postPath(QStringLiteral("posts/devops/zero-downtime-deploys-migrations.md"));
    QVERIFY(WindowFixture::selectPost(window.get(), post));
    QVERIFY(WindowFixture::waitForPreview(window.get()));
    PreviewPage *page = window->preview()->previewPage();
    QVERIFY(runJavaScript(page, QStringLiteral("typeof window.hljs")).toString() == u"object");
    const QString highlighted = QStringLiteral(
        "document.querySelectorAll('[data-postwright-content] pre code.hljs span[class^=\"hljs-\"]').length");
    QTRY_VERIFY_WITH_TIMEOUT(runJavaScript(page, highlighted).toInt() > 0, kPreviewTimeout);
}

void TstPreviewView::mathIsTypesetWhenTheBlogTurnsItOn()
{
    if (!QFileInfo::exists(BlogSchemeHandler::katexPath() + QStringLiteral("/katex.min.js")))
        QSKIP("KaTeX (Debian's libjs-katex) is not installed");
    QFile yaml(m_fixture.postPath(QStringLiteral("blog.yaml")));
    QVERIFY(yaml.open(QIODevice::Append));
    yaml.write("markdown:\n  math: true\n");
    yaml.close();
    const QString post = m_fixture.postPath(QStringLiteral("posts/design/idempotency-keys.md"));
    QFile file(post);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\ntitle: Math\ndate: 2026-01-05\n---\n\nEnergy $E = mc^2$ and a price of $5.\n\n"
               "$$\n\\int_0^1 x\\,dx = \\frac{1}{2}\n$$\n\nCode `$x$` stays code.\n\n"
               "Bad TeX $\\frac{1}{$ still shows.\n");
    file.close();

    const auto window = m_fixture.openWindow();
    QVERIFY(WindowFixture::selectPost(window.get(), post));
    QVERIFY(WindowFixture::waitForPreview(window.get()));
    PreviewPage *page = window->preview()->previewPage();
    QTRY_COMPARE_WITH_TIMEOUT(runJavaScript(page, QStringLiteral("document.querySelectorAll('.math .katex').length")).toInt(), 2,
                              kPreviewTimeout);
    // Broken TeX is shown as KaTeX's error, not lost.
    QCOMPARE(runJavaScript(page, QStringLiteral("document.querySelectorAll('.math .katex-error').length")).toInt(), 1);
    QCOMPARE(runJavaScript(page, QStringLiteral("document.querySelectorAll('.math-display .katex-display').length")).toInt(), 1);
    QVERIFY(previewText(page).contains(u"price of $5."));
    QCOMPARE(runJavaScript(page, QStringLiteral("document.querySelector('[data-postwright-content] code').textContent")).toString(),
             QStringLiteral("$x$"));
    // KaTeX's own stylesheet and fonts, through the scheme: the formula is set in KaTeX_Main.
    QTRY_VERIFY_WITH_TIMEOUT(runJavaScript(page, QStringLiteral("getComputedStyle(document.querySelector('.katex')).fontFamily"))
                                 .toString()
                                 .contains(u"KaTeX_Main"),
                             kPreviewTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(runJavaScript(page, QStringLiteral("document.fonts.check('1em KaTeX_Main')")).toBool(), kPreviewTimeout);

    // Typing inside the formula typesets it again, in place.
    QTextCursor cursor(window->editor()->document()->findBlockByNumber(5));
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.insertText(QStringLiteral("Energy $E = mc^2 x$ and a price of $5."));
    QVERIFY(WindowFixture::waitForPreview(window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(runJavaScript(page, QStringLiteral("document.querySelector('.math-inline annotation').textContent"))
                                 .toString()
                                 .contains(u"mc^2 x"),
                             kPreviewTimeout);
    window->editor()->document()->setModified(false);
}

void TstPreviewView::webImagesOnlyWhenTheWriterAllowsThem()
{
    // A web server on 127.0.0.1 that counts what it is asked for: a PNG, and an HTML page.
    const QByteArray png = readFile(m_fixture.postPath(QStringLiteral("posts/devops/zero-downtime-deploys-draining/diagram.png")));
    QVERIFY(!png.isEmpty());
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QStringList requested;
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &requested, &png] {
            const QByteArray request = socket->readAll();
            const QByteArray path = request.split(' ').value(1);
            requested.append(QString::fromLatin1(path));
            const bool image = path == "/pic.png";
            const QByteArray body = image ? png : QByteArrayLiteral("<html>not an image</html>");
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + QByteArray(image ? "image/png" : "text/html")
                          + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    });
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
    const QString post = m_fixture.postPath(QStringLiteral("posts/design/idempotency-keys.md"));
    QFile file(post);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("---\ntitle: Web images\ndate: 2026-01-05\n---\n\n![web](%1/pic.png)\n\n![page](%1/page.html)\n")
                   .arg(base).toUtf8());
    file.close();

    const auto window = m_fixture.openWindow();
    QVERIFY(WindowFixture::selectPost(window.get(), post));
    QVERIFY(WindowFixture::waitForPreview(window.get()));
    PreviewPage *page = window->preview()->previewPage();
    // Off by default: the addresses as placeholders, and the server never hears of the post.
    QCOMPARE(runJavaScript(page, QStringLiteral("document.querySelectorAll('[data-postwright-content] .broken-image').length")).toInt(), 2);
    QVERIFY(previewText(page).contains(base + u"/pic.png"));
    QTest::qWait(300);
    QVERIFY(requested.isEmpty());

    // Allowed: the application fetches them (the page still has no network), images only.
    QAction *allow = window->action(QStringLiteral("view.remoteImages"));
    QVERIFY(allow && !allow->isChecked());
    allow->trigger();
    QVERIFY(QSettings().value(QStringLiteral("preview/remoteImages")).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(runJavaScript(page, QStringLiteral("(() => { const i = document.querySelector('[data-postwright-content] img');"
                                                                 " return i && i.complete ? i.naturalWidth : 0; })()"))
                                  .toInt(),
                              320, kPreviewTimeout);
    QVERIFY(runJavaScript(page, QStringLiteral("document.querySelector('[data-postwright-content] img').src")).toString().startsWith(
        u"postwright-blog://remote/"));
    QTRY_VERIFY_WITH_TIMEOUT(previewText(page).contains(u"Image not loaded: " + base + u"/page.html"), kPreviewTimeout);
    QCOMPARE(requested.count(QStringLiteral("/pic.png")), 1);

    // The scheme's remote host takes web URLs only.
    QCOMPARE(BlogSchemeHandler::remoteTarget(QUrl(QStringLiteral("postwright-blog://remote/file%3A%2F%2F%2Fetc%2Fpasswd"))), QUrl());
    QCOMPARE(BlogSchemeHandler::remoteTarget(QUrl(QStringLiteral("postwright-blog://remote/https%3A%2F%2Fexample.org%2Fa.png"))),
             QUrl(QStringLiteral("https://example.org/a.png")));
    window->editor()->document()->setModified(false);
}

void TstPreviewView::brokenImageShowsItsPath()
{
    const auto window = m_fixture.openWindow();
    QVERIFY(WindowFixture::waitForPreview(window.get()));
    window->preview()->showPost(QStringLiteral("posts/design/x.md"),
                                QStringLiteral("---\ntitle: X\n---\n\n![A diagram](images/missing-diagram.png)\n"));
    QVERIFY(WindowFixture::waitForPreview(window.get()));
    PreviewPage *page = window->preview()->previewPage();
    const QString placeholder = QStringLiteral("(() => { const p = document.querySelector('[data-postwright-content] .broken-image');"
                                               " return p ? p.textContent + '|' + p.getAttribute('aria-label') + '|' + p.offsetWidth : ''; })()");
    QTRY_VERIFY_WITH_TIMEOUT(runJavaScript(page, placeholder).toString().startsWith(u"Image not found: images/missing-diagram.png|A diagram|"),
                             kPreviewTimeout);
    QVERIFY(runJavaScript(page, placeholder).toString().section(u'|', 2).toInt() > 50); // visible
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

    // The theme host: the blog's theme/assets/ only, stylesheets and fonts as well as images.
    QVERIFY(QDir().mkpath(m_fixture.blogRoot() + QStringLiteral("/theme/assets")));
    for (const char *name : {"/theme/assets/style.css", "/theme/assets/notes.md", "/theme/notes.css"}) {
        QFile file(m_fixture.blogRoot() + QString::fromLatin1(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(resolve("postwright-blog://theme/style.css").endsWith(QLatin1StringView("/theme/assets/style.css")));
    QVERIFY(resolve("postwright-blog://theme/notes.md").isEmpty());
    QVERIFY(resolve("postwright-blog://theme/../notes.css").isEmpty());
    QVERIFY(resolve("postwright-blog://source/theme/assets/style.css").isEmpty()); // not as a blog image
    // No other host, and no script through any of them.
    QVERIFY(resolve("postwright-blog://lib/highlight.min.js").isEmpty());
    QVERIFY(resolve("postwright-blog://theme/../../../../etc/passwd").isEmpty());
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
        QStringLiteral("document.querySelector('[data-postwright-content]').insertAdjacentHTML('beforeend',"
                       " '<img id=\"probe\" src=\"missing.png\" onerror=\"document.title=\\'pwned\\'\">')"));
    QTest::qWait(1500);
    QVERIFY(runJavaScript(page, QStringLiteral("document.title")).toString() != QLatin1StringView("pwned"));
    QCOMPARE(
        runJavaScript(page, QStringLiteral("document.querySelectorAll('[data-postwright-content] script').length")).toInt(),
        0);
    QCOMPARE(runJavaScript(
                 page, QStringLiteral("document.querySelectorAll('[data-postwright-content] a[href^=\"javascript\"]').length"))
                 .toInt(),
             0);
    QCOMPARE(runJavaScript(page, QStringLiteral("document.querySelectorAll('[data-postwright-content] [onerror]:not(#probe), "
                                                "[data-postwright-content] [onmouseover]').length"))
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
    QCOMPARE(runJavaScript(page, QStringLiteral("document.querySelectorAll('[data-postwright-content] script, [data-postwright-content] iframe,"
                                                " [data-postwright-content] [onerror], [data-postwright-content] a[href]').length"))
                 .toInt(),
             0);
}

void TstPreviewView::pageWorldRunsNothingAndCannotReachTheChannel()
{
    const auto window = m_fixture.openWindow();
    QVERIFY(WindowFixture::waitForPreview(window.get()));
    PreviewPage *page = window->preview()->previewPage();
    // The shell's script lives in its own world: the page's world sees neither it nor the channel.
    QCOMPARE(runJavaScriptIn(page, QStringLiteral("typeof qt + ' ' + typeof window.postwrightShell + ' ' + typeof hljs"),
                             QWebEngineScript::MainWorld)
                 .toString(),
             QStringLiteral("undefined undefined undefined"));
    QCOMPARE(runJavaScript(page, QStringLiteral("typeof window.postwrightShell")).toString(), QStringLiteral("object"));
    // Markup with handlers added in the page's world still runs nothing: its CSP allows no script.
    runJavaScriptIn(page,
                    QStringLiteral("document.body.insertAdjacentHTML('beforeend', '<img src=\"missing.png\" "
                                   "onerror=\"document.title=1\"><a id=\"j\" href=\"javascript:document.title=2\">j</a>');"
                                   "document.getElementById('j').click(); 0"),
                    QWebEngineScript::MainWorld);
    QTest::qWait(500);
    QCOMPARE(runJavaScriptIn(page, QStringLiteral("document.title"), QWebEngineScript::MainWorld).toString(),
             QStringLiteral("Preview"));
}

void TstPreviewView::bridgeSendsOneRevisionAtATime()
{
    // No page: the bridge alone, with the page's answers played by the test.
    PreviewBridge bridge;
    QSignalSpy sent(&bridge, &PreviewBridge::contentChanged);
    bridge.setContent(1, QStringLiteral("<p>1</p>"));
    QCOMPARE(sent.size(), 0); // no page yet
    bridge.ready();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.last().at(0).toInt(), 1);
    bridge.setContent(2, QStringLiteral("<p>2</p>"));
    bridge.setContent(3, QStringLiteral("<p>3</p>"));
    QCOMPARE(sent.size(), 1); // the page is still patching 1: nothing queues up behind it
    bridge.shown(3);          // the page cannot claim what it was never sent
    QCOMPARE(bridge.displayedRevision(), 0);
    bridge.shown(1);
    QCOMPARE(bridge.displayedRevision(), 1);
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.last().at(0).toInt(), 3); // the newest, 2 skipped
    bridge.setContent(2, QStringLiteral("<p>stale</p>"));
    bridge.shown(3);
    QCOMPARE(sent.size(), 2);
    QCOMPARE(bridge.displayedRevision(), 3);
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
