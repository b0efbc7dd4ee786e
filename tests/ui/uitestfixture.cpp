#include "uitestfixture.h"

#include "blog/posttreemodel.h"
#include "mainwindow/sampleblog.h"
#include "markdown/previewscheduler.h"
#include "posttree/posttreepanel.h"
#include "posttree/posttreeview.h"
#include "preview/previewbridge.h"
#include "preview/previewview.h"
#include "testblog.h"

#include <QCoreApplication>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <unistd.h>

namespace Postwright::Test {

void prepareGuiTestEnvironment()
{
    // As in ui/main.cpp: Chromium will not start its sandbox as root.
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    PreviewView::registerUrlSchemes();
    QCoreApplication::setOrganizationName(QStringLiteral("Postwright"));
    QCoreApplication::setApplicationName(QStringLiteral("Postwright"));
}

QVariant runJavaScript(QWebEnginePage *page, const QString &script)
{
    return runJavaScriptIn(page, script, QWebEngineScript::ApplicationWorld);
}

QVariant runJavaScriptIn(QWebEnginePage *page, const QString &script, quint32 worldId)
{
    struct State
    {
        bool done = false;
        QVariant value;
    };
    auto state = std::make_shared<State>(); // outlives a timed-out wait
    page->runJavaScript(script, worldId, [state](const QVariant &value) {
        state->value = value;
        state->done = true;
    });
    if (!QTest::qWaitFor([&] { return state->done; }, kPreviewTimeout))
        qWarning("runJavaScript timed out: %s", qPrintable(script));
    return state->value;
}

QString previewText(QWebEnginePage *page)
{
    return runJavaScript(page, QStringLiteral("document.querySelector('[data-postwright-content]').textContent")).toString();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool WindowFixture::setUp()
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return false;
    const Result<QString> installed =
        SampleBlog::install(m_dir->path() + QStringLiteral("/blog"), sampleBlogSourcePath());
    if (!installed) {
        qWarning("copying the sample blog failed: %s", qPrintable(installed.error().toString()));
        return false;
    }
    m_root = installed.value();
    return true;
}

void WindowFixture::tearDown()
{
    m_dir.reset();
    m_root.clear();
}

std::unique_ptr<MainWindow> WindowFixture::openWindow() const
{
    auto window = std::make_unique<MainWindow>();
    if (const Result<void> opened = window->openBlog(m_root); !opened)
        qWarning("openBlog failed: %s", qPrintable(opened.error().toString()));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("the window was not exposed");
    return window;
}

bool WindowFixture::waitForPreview(MainWindow *window)
{
    PreviewView *preview = window->preview();
    return QTest::qWaitFor(
        [preview] {
            const PreviewScheduler *scheduler = preview->scheduler();
            return !scheduler->isRendering() && scheduler->latestRevision() > 0 &&
                   preview->bridge()->displayedRevision() == scheduler->latestRevision();
        },
        kPreviewTimeout);
}

bool WindowFixture::selectPost(MainWindow *window, const QString &filePath)
{
    QSortFilterProxyModel *proxy = window->postTree()->proxyModel();
    auto *model = qobject_cast<PostTreeModel *>(proxy->sourceModel());
    const QModelIndex index = model ? proxy->mapFromSource(model->indexForPath(filePath)) : QModelIndex();
    if (!index.isValid()) {
        qWarning("no tree row for %s", qPrintable(filePath));
        return false;
    }
    window->postTree()->view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                             QItemSelectionModel::Rows);
    return window->currentFilePath() == filePath;
}

} // namespace Postwright::Test
