#pragma once

#include "mainwindow/mainwindow.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

class QWebEnginePage;

namespace Postwright::Test {

// WebEngine under Xvfb is slow to start; waits are generous, and return as soon as they can.
constexpr int kPreviewTimeout = 60000;

// What every GUI test main() does before creating QApplication, as ui/main.cpp does.
void prepareGuiTestEnvironment();

// Runs a script in the preview page's application world, where the shell's own script lives
// (window.postwrightShell), and waits for its (asynchronous) result. The DOM is the same in
// every world.
QVariant runJavaScript(QWebEnginePage *page, const QString &script);
// The same in another world: QWebEngineScript::MainWorld is where a post's script would run.
QVariant runJavaScriptIn(QWebEnginePage *page, const QString &script, quint32 worldId);
// The text of the preview's #content.
QString previewText(QWebEnginePage *page);
QByteArray readFile(const QString &path);

// A fresh copy of the sample blog per test (tests save and break posts) and the steps to drive a
// MainWindow over it.
class WindowFixture
{
public:
    // Copies the sample blog; false (with a warning) when that failed.
    bool setUp();
    void tearDown();

    QString blogRoot() const { return m_root; }
    QString postPath(const QString &relative) const { return m_root + u'/' + relative; }

    // A shown window with the blog open (and its newest post).
    std::unique_ptr<MainWindow> openWindow() const;
    // Until the preview shows the newest text the scheduler was given.
    static bool waitForPreview(MainWindow *window);
    // Selects a post the way a click does: through the tree view's selection model.
    static bool selectPost(MainWindow *window, const QString &filePath);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
};

} // namespace Postwright::Test
