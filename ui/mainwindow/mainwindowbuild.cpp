// MainWindow's building: Site ▸ Build through the BuildController (the site's own generator or
// Postwright's builder), the build panel that shows it and the generator's part of a publish, the
// problems it lists opened at their line, and Site ▸ Build Settings.

#include "blog/blogindex.h"
#include "dialogs/buildsettingsdialog.h"
#include "editor/markdowneditor.h"
#include "mainwindow/buildcontroller.h"
#include "mainwindow/buildpanel.h"
#include "mainwindow/mainwindow.h"
#include "publish/publishcontroller.h"
#include "site/externalbuildsettings.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QProgressBar>
#include <QStatusBar>

namespace Postwright {

void MainWindow::createBuildPanel()
{
    m_buildPanel = new BuildPanel(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_buildPanel);
    m_buildPanel->hide(); // until the first build, or as the writer left it (restoreLayout)
    addAction(m_buildPanel->toggleViewAction()); // findable by id like every command

    connect(m_build, &BuildController::started, this, [this] {
        m_buildPanel->buildStarted(blogRoot(), m_build->commandLine(), m_build->builderName());
        m_buildPanel->show();
        m_buildPanel->raise();
    });
    connect(m_build, &BuildController::outputLine, m_buildPanel, &BuildPanel::appendOutput);
    connect(m_buildPanel, &BuildPanel::cancelRequested, m_build, &BuildController::cancel);
    connect(m_buildPanel, &BuildPanel::problemActivated, this, &MainWindow::openProblem);

    // A publish builds the site too: a generator's output and any build's problems come here.
    connect(m_publish, &PublishController::siteBuildOutput, this, [this](const QString &line, bool isError) {
        if (!m_buildPanel->isBuilding()) {
            const ExternalBuildSettings::Choice choice = ExternalBuildSettings::choose(blogRoot());
            m_buildPanel->buildStarted(blogRoot(), choice.command,
                                       ExternalBuildSettings::generatorName(choice.layout.kind));
            m_buildPanel->show();
        }
        m_buildPanel->appendOutput(line, isError);
    });
    connect(m_publish, &PublishController::siteBuilt, this,
            [this](const BuildReport &report, const QString &commandLine) {
                const bool failed = report.fatal || !report.errors.isEmpty();
                if (commandLine.isEmpty() && !failed)
                    return; // Postwright's builder, all well: nothing to show
                if (!m_buildPanel->isBuilding())
                    m_buildPanel->buildStarted(
                        blogRoot(), commandLine,
                        commandLine.isEmpty() ? tr("Postwright\u2019s theme")
                                              : ExternalBuildSettings::generatorName(m_index->blog().kind()));
                m_buildPanel->setCommandLine(commandLine);
                m_buildPanel->buildFinished(report, report.outputPath);
                if (failed) {
                    m_buildPanel->show();
                    m_buildPanel->raise();
                }
            });
}

void MainWindow::buildSite()
{
    if (!m_index || m_build->isRunning())
        return;
    if (!save())
        return; // the build must show what the writer sees; save() said what went wrong
    m_buildProgress->setRange(0, 0);
    m_buildProgress->show();
    action(QStringLiteral("site.build"))->setEnabled(false);
    statusBar()->showMessage(tr("Building the site\u2026"));
    m_build->start(m_index->blog(), BuildOptions{});
}

void MainWindow::onBuildFinished(const BuildReport &report, const QString &outputPath)
{
    m_lastBuildReport = report;
    m_buildProgress->hide();
    action(QStringLiteral("site.build"))->setEnabled(!m_publish->isRunning());
    m_buildPanel->buildFinished(report, outputPath, m_build->wasCancelled());
    statusBar()->showMessage(m_buildPanel->summary(), 20000);
    // Problems are listed in the panel, each one a way to its line: open it even if it was closed.
    if (report.fatal || !report.errors.isEmpty()) {
        m_buildPanel->show();
        m_buildPanel->raise();
    }
}

void MainWindow::openProblem(const QString &filePath, int line, int column)
{
    // Posts and pages open in the editor at the line; templates, configuration and the rest in the
    // program the desktop opens them with, since the editor is a Markdown editor.
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    const bool markdown = suffix == u"md" || suffix == u"markdown" || suffix == u"mdown";
    if (markdown && m_index && filePath.startsWith(blogRoot() + u'/') && QFileInfo(filePath).isFile()) {
        if (openPost(filePath))
            m_editor->goToLine(qMax(1, line), qMax(1, column));
        return;
    }
    if (!m_buildPanel->openExternally(filePath))
        statusBar()->showMessage(tr("Could not open %1.").arg(QDir::toNativeSeparators(filePath)), 10000);
}

void MainWindow::showBuildSettings()
{
    if (!m_index) {
        statusBar()->showMessage(tr("Open a blog to see how it is built."), 5000);
        return;
    }
    auto *dialog = new BuildSettingsDialog(blogRoot(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Postwright
