// The preview of a Hugo site in the site's own style, in a real MainWindow (Xvfb): the site's
// stylesheet and its local font instead of the built-in theme, the View menu's switch back, the
// choice remembered per site without touching the site, the files re-read when they change, and
// nothing served from outside the site or fetched from the web unless web images are allowed.

#include "mainwindow/mainwindow.h"
#include "markdown/previewscheduler.h"
#include "preview/blogschemehandler.h"
#include "preview/previewbridge.h"
#include "preview/previewpage.h"
#include "preview/previewview.h"
#include "testblog.h"
#include "uitestfixture.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineUrlRequestInterceptor>

using namespace Postwright;
using namespace Postwright::Test;
using namespace Qt::StringLiterals;

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
    QList<QUrl> urls()
    {
        const QMutexLocker locker(&m_mutex);
        return m_urls;
    }

private:
    QMutex m_mutex;
    QList<QUrl> m_urls;
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const QString siteBackground = u"rgb(1, 2, 3)"_s;

} // namespace

class TstPreviewSiteStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void siteStyleReplacesTheBuiltInTheme();
    void nothingOutsideTheSiteIsServed();
    void webImagesInTheSiteCssOnlyWhenAllowed();
    void switchingBackIsRememberedPerSite();
    void changedFilesAreReadAgain();

private:
    QString root() const { return m_dir.filePath(u"site"_s); }
    QString css(const QString &background) const;
    QString computed(const QString &selector, const QString &property) const;
    bool waitForBackground(const QString &value) const;

    QTemporaryDir m_dir;
    QTcpServer m_server;
    QStringList m_requested; // paths the web server was asked for
    RequestRecorder m_recorder;
    std::unique_ptr<MainWindow> m_window;
};

QString TstPreviewSiteStyle::css(const QString &background) const
{
    // A stylesheet that is a link out of the site, imported: it must not load.
    return uR"(@import url("evil.css");
@font-face { font-family: "SiteFont"; src: url("../fonts/site.ttf") format("truetype"); }
body { background-color: %1; color: rgb(4, 5, 6); font-family: "SiteFont", serif; }
article.post { background-image: url("/images/dot.png"); }
.post-title { background-image: url("http://127.0.0.1:%2/track.png"); }
.post-header { background-image: url("file:///etc/hostname"); }
)"_s.arg(background)
        .arg(m_server.serverPort());
}

void TstPreviewSiteStyle::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());

    // A web server on 127.0.0.1 that notes what it is asked for and answers with an image.
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
    const QByteArray png =
        readFile(sampleBlogSourcePath() + u"/posts/devops/zero-downtime-deploys-draining/diagram.png"_s);
    QVERIFY(!png.isEmpty());
    connect(&m_server, &QTcpServer::newConnection, &m_server, [this, png] {
        QTcpSocket *socket = m_server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, png] {
            m_requested.append(QString::fromLatin1(socket->readAll().split(' ').value(1)));
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " +
                          QByteArray::number(png.size()) + "\r\nConnection: close\r\n\r\n" + png);
            socket->disconnectFromHost();
        });
    });

    // The Hugo site: its stylesheet in static/css with a font and an image beside it.
    const QString site = root();
    QVERIFY(writeFile(site + u"/hugo.toml"_s, "title = \"Styled\"\nbaseURL = \"https://example.org/\"\n"));
    QVERIFY(writeFile(site + u"/content/posts/hello.md"_s,
                      "---\ntitle: \"Hello, styled\"\ndate: 2026-02-01\n---\n\nSome words.\n\n"
                      "```js\nconst greeting = \"hello\";\n```\n"));
    QVERIFY(writeFile(site + u"/static/css/site.css"_s, css(siteBackground).toUtf8()));
    QVERIFY(writeFile(site + u"/static/images/dot.png"_s, png));
    QVERIFY(QDir().mkpath(site + u"/static/fonts"_s));
    QVERIFY(QFile::copy(u"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"_s,
                        site + u"/static/fonts/site.ttf"_s) ||
            QFile::copy(u"/usr/share/fonts/truetype/katex/KaTeX_Main-Regular.ttf"_s,
                        site + u"/static/fonts/site.ttf"_s));
    QVERIFY(writeFile(site + u"/static/.git/logo.png"_s, png));
    // Out of the site: reachable only through links.
    QVERIFY(writeFile(m_dir.filePath(u"outside/evil.css"_s), "body { border-top-color: rgb(6, 6, 6); }"));
    QVERIFY(writeFile(m_dir.filePath(u"outside/evil.png"_s), png));
    QVERIFY(QFile::link(m_dir.filePath(u"outside/evil.css"_s), site + u"/static/css/evil.css"_s));
    QVERIFY(QFile::link(m_dir.filePath(u"outside/evil.png"_s), site + u"/static/images/evil.png"_s));
    QVERIFY(QFile::link(m_dir.filePath(u"outside"_s), site + u"/static/linked"_s));

    m_window = std::make_unique<MainWindow>();
    m_window->preview()->previewPage()->profile()->setUrlRequestInterceptor(&m_recorder);
    const Result<void> opened = m_window->openBlog(site);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(WindowFixture::waitForPreview(m_window.get()));
    QVERIFY(previewText(m_window->preview()->previewPage()).contains(u"Some words."_s));
}

void TstPreviewSiteStyle::cleanupTestCase()
{
    m_window.reset();
    QSettings().clear();
}

QString TstPreviewSiteStyle::computed(const QString &selector, const QString &property) const
{
    return runJavaScript(
               m_window->preview()->previewPage(),
               u"(() => { const e = document.querySelector('%1'); return e ? getComputedStyle(e).%2 : 'none'; })()"_s
                   .arg(selector, property))
        .toString();
}

bool TstPreviewSiteStyle::waitForBackground(const QString &value) const
{
    return QTest::qWaitFor([&] { return computed(u"body"_s, u"backgroundColor"_s) == value; },
                           kPreviewTimeout);
}

void TstPreviewSiteStyle::siteStyleReplacesTheBuiltInTheme()
{
    PreviewView *preview = m_window->preview();
    PreviewPage *page = preview->previewPage();
    QAction *siteStyle = m_window->action(u"view.previewSiteStyle"_s);
    QVERIFY(siteStyle);
    QVERIFY(siteStyle->isCheckable());
    QVERIFY(siteStyle->isEnabled());
    QVERIFY(siteStyle->isChecked()); // postwright.yaml says nothing: auto, and the site has CSS
    QVERIFY2(siteStyle->toolTip().contains(u"css/site.css"_s), qPrintable(siteStyle->toolTip()));
    QVERIFY(preview->usesSiteStyle());
    QCOMPARE(preview->siteStyleSheets().sheets().size(), 1);

    // The site's stylesheet, not the theme's beside it.
    QVERIFY(waitForBackground(siteBackground));
    QCOMPARE(computed(u"body"_s, u"color"_s), u"rgb(4, 5, 6)"_s);
    QVERIFY(runJavaScript(page, u"document.getElementById('theme-stylesheet').href"_s)
                .toString()
                .startsWith(u"postwright-blog://theme/?site="_s));
    QCOMPARE(
        runJavaScript(
            page,
            u"Array.from(document.styleSheets).filter((s) => s.href && s.href.includes('/themes/default/')).length"_s)
            .toInt(),
        0);
    // Its font, from the site's static/fonts, and its image, from static/images.
    QTRY_COMPARE_WITH_TIMEOUT(
        runJavaScript(
            page,
            u"Array.from(document.fonts).filter((f) => f.family.replace(/\"/g, '') === 'SiteFont' && f.status === 'loaded').length"_s)
            .toInt(),
        1, kPreviewTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_recorder.urls().contains(QUrl(u"postwright-blog://theme/images/dot.png"_s)),
                             kPreviewTimeout);

    // Markup such themes style, with Postwright's own parts still working: the body between
    // its markers (patches, scroll sync), code highlighted.
    QCOMPARE(
        runJavaScript(
            page,
            u"document.querySelector('#article > article.post.h-entry > header > h1.post-title').textContent"_s)
            .toString(),
        u"Hello, styled"_s);
    QCOMPARE(
        runJavaScript(
            page,
            u"document.querySelectorAll('article.post > div.post-content.e-content[data-postwright-content]').length"_s)
            .toInt(),
        1);
    QCOMPARE(runJavaScript(page, u"document.querySelectorAll('.sr-only').length"_s).toInt(), 0);
    QVERIFY(runJavaScript(page, u"document.querySelector('[data-postwright-content] p').dataset.sourcepos"_s)
                .toString()
                .startsWith(u"6:"_s));
    QTRY_COMPARE_WITH_TIMEOUT(computed(u"pre code .hljs-string"_s, u"color"_s), u"rgb(136, 0, 0)"_s,
                              kPreviewTimeout);

    // Off: the built-in theme and its frame again.
    siteStyle->trigger();
    QVERIFY(!siteStyle->isChecked());
    QVERIFY(!preview->usesSiteStyle());
    QTRY_COMPARE_WITH_TIMEOUT(
        runJavaScript(page, u"document.getElementById('theme-stylesheet').href"_s).toString(),
        u"qrc:/themes/default/assets/style.css"_s, kPreviewTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(computed(u"body"_s, u"backgroundColor"_s) == u"rgb(255, 255, 255)"_s ||
                                 computed(u"body"_s, u"backgroundColor"_s) == u"rgb(17, 20, 24)"_s,
                             kPreviewTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        runJavaScript(page, u"document.querySelectorAll('article.post .post-meta .sr-only').length"_s)
                .toInt() > 0,
        kPreviewTimeout);

    // On again.
    siteStyle->trigger();
    QVERIFY(siteStyle->isChecked());
    QVERIFY(waitForBackground(siteBackground));
}

void TstPreviewSiteStyle::nothingOutsideTheSiteIsServed()
{
    PreviewView *preview = m_window->preview();
    QVERIFY(preview->usesSiteStyle());
    const BlogSchemeHandler *handler = preview->schemeHandler();
    const auto served = [handler](const QString &url) {
        return handler->filePathFor(QUrl(url));
    };
    const QString site = QFileInfo(root()).canonicalFilePath();
    QCOMPARE(served(u"postwright-blog://theme/css/site.css"_s), site + u"/static/css/site.css"_s);
    QCOMPARE(served(u"postwright-blog://theme/fonts/site.ttf"_s), site + u"/static/fonts/site.ttf"_s);
    QCOMPARE(served(u"postwright-blog://theme/images/dot.png"_s), site + u"/static/images/dot.png"_s);
    // Links out of the site, parent paths, files that are neither CSS, fonts nor images, hidden folders.
    for (const QString &url :
         {u"postwright-blog://theme/css/evil.css"_s, u"postwright-blog://theme/images/evil.png"_s,
          u"postwright-blog://theme/linked/evil.css"_s, u"postwright-blog://theme/../outside/evil.css"_s,
          u"postwright-blog://theme/%2E%2E/%2E%2E/outside/evil.css"_s,
          u"postwright-blog://theme/css/..%2F..%2F..%2Foutside%2Fevil.css"_s,
          u"postwright-blog://theme/hugo.toml"_s, u"postwright-blog://theme/content/posts/hello.md"_s,
          u"postwright-blog://theme/.git/logo.png"_s, u"postwright-blog://theme/"_s,
          u"postwright-blog://theme//etc/hostname"_s}) {
        QVERIFY2(served(url).isEmpty(), qPrintable(url + u" -> "_s + served(url)));
    }

    // In the page: the imported link was asked for and refused; file: and the web never asked.
    PreviewPage *page = preview->previewPage();
    QVERIFY(waitForBackground(siteBackground));
    QTRY_VERIFY_WITH_TIMEOUT(m_recorder.urls().contains(QUrl(u"postwright-blog://theme/css/evil.css"_s)),
                             kPreviewTimeout);
    QCOMPARE(computed(u"body"_s, u"borderTopColor"_s), u"rgb(4, 5, 6)"_s); // not evil.css's rgb(6, 6, 6)
    QTest::qWait(300);
    for (const QUrl &url : m_recorder.urls())
        QVERIFY2(url.scheme() == u"qrc" || url.scheme() == u"postwright-blog", qPrintable(url.toString()));
    QVERIFY2(m_requested.isEmpty(), qPrintable(m_requested.join(u' ')));
    // No script from anywhere but the shell: the page's own world runs none (the CSP is intact).
    QCOMPARE(
        runJavaScriptIn(page, u"typeof window.postwrightShell"_s, QWebEngineScript::MainWorld).toString(),
        u"undefined"_s);
}

void TstPreviewSiteStyle::webImagesInTheSiteCssOnlyWhenAllowed()
{
    PreviewView *preview = m_window->preview();
    QVERIFY(preview->usesSiteStyle());
    QVERIFY(m_requested.isEmpty());
    // Only url()s that are not @import go through the application's remote/ host.
    const QByteArray rewritten = BlogSchemeHandler::withRemoteImages(
        "@import url(\"https://fonts.example.com/x.css\");\na { background: url(//cdn.example.com/a.png) }\n"
        "b { background: url( 'http://example.org/b.png' ) } c { background: url(/local.png) }");
    QCOMPARE(rewritten,
             QByteArray(
                 "@import url(\"https://fonts.example.com/x.css\");\n"
                 "a { background: url(\"postwright-blog://remote/https%3A%2F%2Fcdn.example.com%2Fa.png\") }\n"
                 "b { background: url(\"postwright-blog://remote/http%3A%2F%2Fexample.org%2Fb.png\") } "
                 "c { background: url(/local.png) }"));

    QAction *allow = m_window->action(u"view.remoteImages"_s);
    QVERIFY(allow && !allow->isChecked());
    allow->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_requested.count(u"/track.png"_s), 1, kPreviewTimeout);
    QVERIFY(computed(u".post-title"_s, u"backgroundImage"_s).contains(u"postwright-blog://remote/"_s));
    allow->trigger();
    QVERIFY(!allow->isChecked());
}

void TstPreviewSiteStyle::switchingBackIsRememberedPerSite()
{
    const QString settingsFile = root() + u"/postwright.yaml"_s;
    QVERIFY(!QFileInfo::exists(settingsFile));
    QAction *siteStyle = m_window->action(u"view.previewSiteStyle"_s);
    QVERIFY(siteStyle->isChecked());
    siteStyle->trigger(); // to the built-in theme: differs from the site's default, so remembered
    QVERIFY(!m_window->preview()->usesSiteStyle());
    const auto remembered = [] {
        QSettings settings;
        settings.beginGroup(u"preview/siteStyle"_s);
        return settings.childKeys();
    };
    QCOMPARE(remembered().size(), 1);
    QVERIFY(!QFileInfo::exists(settingsFile)); // the site's files are not written for it

    // Opened again, the site comes with the writer's choice.
    const Result<void> reopened = m_window->openBlog(root());
    QVERIFY(reopened.ok());
    QVERIFY(siteStyle->isEnabled());
    QVERIFY(!siteStyle->isChecked());
    QVERIFY(!m_window->preview()->usesSiteStyle());
    QVERIFY(WindowFixture::waitForPreview(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(computed(u"body"_s, u"backgroundColor"_s) != siteBackground, kPreviewTimeout);

    siteStyle->trigger(); // back to the site's default: nothing to remember
    QVERIFY(m_window->preview()->usesSiteStyle());
    QCOMPARE(remembered().size(), 0);
    QVERIFY(waitForBackground(siteBackground));
}

void TstPreviewSiteStyle::changedFilesAreReadAgain()
{
    PreviewView *preview = m_window->preview();
    QAction *siteStyle = m_window->action(u"view.previewSiteStyle"_s);
    QVERIFY(preview->usesSiteStyle());
    const QString settingsFile = root() + u"/postwright.yaml"_s;

    // postwright.yaml turns the site's style off by default: the preview follows.
    QVERIFY(writeFile(settingsFile, "preview:\n  style: builtin\n"));
    QTRY_VERIFY_WITH_TIMEOUT(!preview->usesSiteStyle(), 10000);
    QVERIFY(siteStyle->isEnabled()); // the writer may still choose it
    QVERIFY(!siteStyle->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(computed(u"body"_s, u"backgroundColor"_s) != siteBackground, kPreviewTimeout);

    // A path out of the site is refused by the settings, and said so; the defaults apply.
    QVERIFY(writeFile(settingsFile, "preview:\n  css: ../../etc/passwd\n"));
    QTRY_VERIFY_WITH_TIMEOUT(!preview->siteStyleProblem().isEmpty(), 10000);
    QVERIFY(preview->siteStyleProblem().contains(u"../../etc/passwd"_s));
    QVERIFY(siteStyle->toolTip().contains(u"../../etc/passwd"_s));
    QTRY_VERIFY_WITH_TIMEOUT(preview->usesSiteStyle(), 10000);
    for (const SiteStyleSheets::Sheet &sheet : preview->siteStyleSheets().sheets())
        QVERIFY(sheet.filePath.startsWith(QFileInfo(root()).canonicalFilePath() + u'/'));

    // The stylesheet itself changes: the page shows the new one.
    QVERIFY(QFile::remove(settingsFile));
    QVERIFY(writeFile(root() + u"/static/css/site.css"_s, css(u"rgb(7, 8, 9)"_s).toUtf8()));
    QVERIFY(waitForBackground(u"rgb(7, 8, 9)"_s));
    QTRY_VERIFY_WITH_TIMEOUT(preview->siteStyleProblem().isEmpty(), 10000);
}

int main(int argc, char *argv[])
{
    prepareGuiTestEnvironment();
    QApplication app(argc, argv);
    TstPreviewSiteStyle test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewsitestyle.moc"
