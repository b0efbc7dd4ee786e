#pragma once

#include "site/buildoptions.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QTimer>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QUrl;

namespace Postwright {

// The window's build panel (a dock at the bottom): what ran and how long it took, the generator's
// output as it comes, and the build's problems, one row each, that open their file at the line
// when activated. Shows a build; the window decides where a problem's file opens.
class BuildPanel final : public QDockWidget
{
    Q_OBJECT

public:
    // Lines of output kept; older ones scroll away.
    static constexpr int MaxOutputLines = 5000;

    explicit BuildPanel(QWidget *parent = nullptr);

    // A build of the site at siteRoot begins: commandLine is the generator's (empty for
    // Postwright's builder), builderName what builds ("hugo", "Postwright's theme").
    void buildStarted(const QString &siteRoot, const QString &commandLine, const QString &builderName);
    void appendOutput(const QString &line, bool isError);
    // Once known (a publish learns it when its build is done); empty: Postwright's builder.
    void setCommandLine(const QString &commandLine);
    void buildFinished(const BuildReport &report, const QString &outputPath, bool cancelled = false);
    bool isBuilding() const { return m_building; }

    // "Built with hugo in 1.2 s: 14 files written, 3 unchanged, 0 removed."
    QString summary() const;
    QPlainTextEdit *output() const { return m_output; }
    QTreeWidget *problems() const { return m_problems; }

    // How files and folders open outside the window; QDesktopServices::openUrl by default.
    void setExternalOpener(std::function<bool(const QUrl &)> opener) { m_openExternally = std::move(opener); }
    bool openExternally(const QString &path) const;

    // "1.2 s", "850 ms"
    static QString durationText(qint64 milliseconds);

Q_SIGNALS:
    void cancelRequested();
    // A problem row was activated: its file (absolute), line and column (0 when unknown).
    void problemActivated(const QString &filePath, int line, int column);

private:
    void updateRunning();
    void onProblemActivated(const QTreeWidgetItem *item);

    QLabel *m_command = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_openOutput = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QTreeWidget *m_problems = nullptr;
    QTimer m_clock; // the elapsed time while building
    QElapsedTimer m_elapsed;
    QString m_siteRoot;
    QString m_builderName;
    QString m_outputPath;
    bool m_building = false;
    std::function<bool(const QUrl &)> m_openExternally;
};

} // namespace Postwright
